import type { Localized } from "../i18n/locale";
import type { MarkSeverity } from "../highlight/colours";
import type { Severity } from "../basics";

/** The fixed texts of 填表说明, written for a party-affairs officer. */
export const INSTRUCTION_TEXT = {
  title: { "zh-CN": "党建台账填表说明", "en-US": "How to fill in the party ledgers" },
  purposeHeading: { "zh-CN": "一、本工作簿的用途", "en-US": "1. What this workbook is for" },
  purpose: {
    "zh-CN":
      "本工作簿是市级机关党组织党建工作台账的标准模板，依据《关于加强和改进市级机关党的建设的实施意见》（沪委发〔2019〕18号）和《中国共产党支部工作条例（试行）》《中国共产党党员教育管理工作条例》《关于中国共产党党费收缴、使用和管理的规定》等规定设计。按本模板填写单位信息、支部信息、党员名册和会议、党课、党费、培训台账（谈心谈话台账为选填）后，“党建台账检查”会逐条检查“三会一课”、主题党日、组织生活会、述职评议、党费交纳、书记培训、谈心谈话等要求是否落实，在台账中标出不符合要求的记录（附依据条款），并生成可逐级上报的“汇总表”。",
    "en-US":
      "This workbook is the standard template of the party ledgers of Shanghai's municipal departments, designed after Shanghai Document [2019] No. 18 and the national regulations it relies on. Once the unit, branch and member sheets and the meeting, lecture, dues and training ledgers (the talks ledger is optional) are filled in, Party Ledger Check verifies that meetings, lectures, dues and training meet the requirements, marks the rows that do not (citing the clause) and writes a summary sheet for reporting upward.",
  },
  generalHeading: { "zh-CN": "二、填写的一般要求", "en-US": "2. General rules" },
  general: [
    {
      "zh-CN":
        "1. 请勿修改工作表名称和第2行的表头；表头前标“*”（橙色底）的列为必填列。可以调整列宽、字体、颜色，也可以在表格右侧增加本单位需要的列。",
      "en-US":
        "1. Keep the sheet names and the headers in row 2; columns marked * (orange) are required. Widths, fonts and colours may change, and columns of your own may be added on the right.",
    },
    {
      "zh-CN":
        "2. 每行填写一条记录，中间不要留空行，不要合并单元格。各台账第3行起是灰色的示例行（表格右侧注明“【示例】”），检查时不计入，可以保留作参照，也可以删除；在示例行下面填写本单位的记录。",
      "en-US":
        "2. One record per row, without blank rows or merged cells. Each ledger's grey rows from row 3, marked 【示例】 right of the table, are examples: the check skips them; keep them for reference or delete them, and write your records below.",
    },
    {
      "zh-CN":
        "3. 日期请写成2025-3-5或2025/3/5，Excel和WPS会自动识别为日期（靠右显示），可以按日期排序和筛选。只知道月份的，写“2025年3月”，出现提示时点“是”保留。旧台账中写成2025.3.5、2025年3月5日等的日期，检查时同样能识别，但在本模板中输入时会出现提示，建议改用上面的写法。",
      "en-US":
        "3. Type dates as 2025-3-5 or 2025/3/5: Excel and WPS take them as dates (shown on the right), which sort and filter. A month alone is written 2025年3月; click Yes at the warning to keep it. Dates written 2025.3.5 or 2025年3月5日 in older ledgers are read by the check too, but typed into this template they raise the warning, so prefer the forms above.",
    },
    {
      "zh-CN":
        "4. 党费所属月份写作2025.03或2025年3月；经支部同意一次交纳几个月的，写成起止月份“2025.01-2025.03”，并在备注中注明“经支部同意”。",
      "en-US":
        "4. The month of a dues payment is written 2025.03 or 2025年3月; several months paid at once with the branch's approval as 2025.01-2025.03, with 经支部同意 in 备注.",
    },
    {
      "zh-CN":
        "5. 一次会议兼有几种类型的，在“会议类型”中用顿号分隔，如“支部党员大会、党课”“主题党日、党小组会”，每种类型分别计数。输入下拉列表以外的内容时会出现提示，确认无误点“是”即可保留。",
      "en-US":
        "5. A meeting of several types lists them in 会议类型 separated by 、, e.g. 支部党员大会、党课; it counts for each. Entries outside the drop-down list raise a warning: click Yes to keep them.",
    },
    {
      "zh-CN":
        "6. 支部名称、党员姓名在各表中的写法必须完全一致。各表的“支部”请从下拉列表中选择，列表来自“支部信息”，因此请先填写“支部信息”。",
      "en-US":
        "6. Branch names and members' names must be spelt the same way in every sheet. Each sheet's branch comes from a drop-down list of 支部信息, so fill that sheet first.",
    },
    {
      "zh-CN": "7. 金额填写数字（元），可保留两位小数；比例按百分比填写，如0.5%、1.5%。",
      "en-US":
        "7. Amounts are numbers in yuan, with up to two decimals; rates as percentages, e.g. 0.5% or 1.5%.",
    },
    {
      "zh-CN":
        "8. 检查不改动台账中的任何内容，只为有问题的行和单元格标色、加批注，并生成“汇总表”和“问题清单”。这两张表由检查自动生成，请勿手工填写。",
      "en-US":
        "8. A check never changes what the ledgers hold: it colours and annotates the rows and cells with problems and writes the 汇总表 and 问题清单 sheets, which are not to be filled in by hand.",
    },
  ],
  sheetsHeading: { "zh-CN": "三、各工作表的填写方法", "en-US": "3. How to fill in each sheet" },
  sheetHeading: { "zh-CN": "（{n}）{sheet}", "en-US": "3.{n} {sheet}" },
  columnTableHeader: {
    "zh-CN": ["列名", "是否必填", "填写说明和示例", "对应的检查规则"],
    "en-US": ["Column", "Required", "How to fill it, with examples", "Rules that read it"],
  },
  unitTableHeader: {
    "zh-CN": ["项目", "是否必填", "填写说明和示例", "对应的检查规则"],
    "en-US": ["Item", "Required", "How to fill it, with examples", "Rules that read it"],
  },
  yes: { "zh-CN": "必填", "en-US": "Yes" },
  no: { "zh-CN": "选填", "en-US": "No" },
  noRules: { "zh-CN": "（仅作记录，不参加检查）", "en-US": "(for the record; not checked)" },
  /** The rule's title alone in Chinese: an officer knows a check by what it asks, not by its id. */
  ruleLine: { "zh-CN": "{title}", "en-US": "{title} ({id})" },
  structureNote: {
    "zh-CN": "各列都受以下检查：缺少工作表或必填列，必填单元格为空，日期、金额、人数等无法识别。",
    "en-US":
      "Every column is also subject to: a missing sheet or required column (structure-missing-sheet, structure-missing-column), and a blank required cell or an unreadable date, amount or number (structure-unreadable-cell).",
  },
  otherForms: {
    "zh-CN":
      "本模板按“一行一笔”登记。检查也能读取以下常用格式：党员党费交纳登记表（每名党员一行、每月一列，月份格内填实交金额、交纳日期或“√”“已交”、交纳人签名，未交的留空或填“未交”）；党费年度汇总表（每名党员的全年应交、全年实交党费）；学时统计表（每名党员的全年学时，或集中学时、网络学时）。采用这些格式时，该格式无法检查的事项（如年度汇总表无法检查是否按月交纳）会在检查结果中逐项列明。",
    "en-US":
      "This template records one row per record. The check also reads these common forms: the dues register (a row per member, a column per month holding the amount paid, the date paid, √ or 已交, or the payer's signature; blank or 未交 when unpaid); the annual dues table (each member's dues due and paid for the year); and the study-hours table (each member's hours for the year, or central and online hours). In those forms, what the form cannot show (an annual table cannot show monthly payment) is listed in the results.",
  },
  severityHeading: { "zh-CN": "四、检查结果的显示", "en-US": "4. How check results are shown" },
  severityIntro: {
    "zh-CN":
      "检查后，有问题的记录按严重程度标色，并在有问题的单元格（无法指明单元格的，在该行第一个单元格）加批注，写明问题和依据条款；全部问题列在“问题清单”中，统计、各支部落实情况和提醒事项列在“汇总表”中。",
    "en-US":
      "After a check, rows with problems are coloured by severity, with a note on the cell that is wrong (or on the row's first cell) giving the problem and its basis; every problem is listed on 问题清单, the totals, branches and reminders on 汇总表.",
  },
  severityTableHeader: {
    "zh-CN": ["标记", "标色范围", "含义", "示例"],
    "en-US": ["Mark", "Coloured", "Meaning", "Example"],
  },
} satisfies Record<string, Localized | readonly Localized[] | Record<string, readonly string[]>>;

/** The severities in the order 填表说明 explains them, with what each marks and means. */
export const SEVERITY_ROWS: readonly {
  severity: Severity;
  style: MarkSeverity | "reminder";
  scope: Localized;
  meaning: Localized;
  example: Localized;
}[] = [
  {
    severity: "error",
    style: "error",
    scope: { "zh-CN": "整行", "en-US": "Whole row" },
    meaning: {
      "zh-CN": "不符合硬性要求（“至少”“须”“应当”等）",
      "en-US": "A hard requirement is broken",
    },
    example: {
      "zh-CN": "某季度未召开支部党员大会；实交党费少于应交党费",
      "en-US": "No general meeting in a quarter; dues paid short",
    },
  },
  {
    severity: "warning",
    style: "warning",
    scope: { "zh-CN": "整行", "en-US": "Whole row" },
    meaning: {
      "zh-CN": "不符合“一般”“原则上”等要求，请核实",
      "en-US": "A soft requirement is not met; please verify",
    },
    example: {
      "zh-CN": "补交党费超过6个月；书记不是主要负责人",
      "en-US": "Dues paid back after 6 months; secretary not the principal leader",
    },
  },
  {
    severity: "reminder",
    style: "reminder",
    scope: { "zh-CN": "仅汇总表", "en-US": "Summary only" },
    meaning: {
      "zh-CN":
        "不属于问题，不计入合规率，请支部跟进：本期即将结束（默认15天内）而要求尚未完成；换届半年内到期；党员出国（境）、流动等情况须跟进；属于工作要求的事项",
      "en-US":
        "Not a finding and not counted in compliance; for the branch to follow up: a period ends soon (within 15 days) and is not yet met, an election falls due within six months, a member's situation (abroad, mobile…) needs following up, or a working requirement",
    },
    example: {
      "zh-CN": "本月还未开展主题党日；支部委员会将于半年内任期届满；出国（境）党员未交党费",
      "en-US":
        "No theme party day yet this month; a committee's term ends within six months; a member abroad has not paid dues",
    },
  },
  {
    severity: "unreadable",
    style: "unreadable",
    scope: { "zh-CN": "单元格", "en-US": "The cell" },
    meaning: {
      "zh-CN": "必填单元格为空，或内容无法识别",
      "en-US": "A required cell is blank or cannot be read",
    },
    example: {
      "zh-CN": "会议日期写成“三月上旬”；实交党费为空",
      "en-US": "A date written 三月上旬; amount paid left blank",
    },
  },
];
