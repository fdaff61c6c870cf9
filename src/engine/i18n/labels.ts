import type { LedgerId } from "../model/ledgers";
import type {
  MeetingType,
  MemberCategory,
  MemberStatus,
  PersonCategory,
} from "../model/vocabulary";
import type { Localized } from "./locale";
import type { Severity } from "../basics";

/** Every user-visible label of the engine's vocabularies, in both languages, in one place. */

export const SEVERITY_LABELS: Record<Severity, Localized> = {
  error: { "zh-CN": "不符合", "en-US": "Error" },
  warning: { "zh-CN": "提示", "en-US": "Warning" },
  reminder: { "zh-CN": "提醒", "en-US": "Reminder" },
  unreadable: { "zh-CN": "无法识别", "en-US": "Unreadable" },
};

/** The same words over a column of counts (汇总表's totals, the roll-up, the command line's table). */
export const SEVERITY_HEADINGS: Record<Severity, Localized> = {
  error: { "zh-CN": SEVERITY_LABELS.error["zh-CN"], "en-US": "Errors" },
  warning: { "zh-CN": SEVERITY_LABELS.warning["zh-CN"], "en-US": "Warnings" },
  reminder: { "zh-CN": SEVERITY_LABELS.reminder["zh-CN"], "en-US": "Reminders" },
  unreadable: { "zh-CN": SEVERITY_LABELS.unreadable["zh-CN"], "en-US": "Unreadable" },
};

export const LEDGER_LABELS: Record<LedgerId | "structure", Localized> = {
  unitInfo: { "zh-CN": "单位信息", "en-US": "Unit information" },
  branches: { "zh-CN": "支部信息", "en-US": "Branches" },
  members: { "zh-CN": "党员名册", "en-US": "Member roster" },
  meetings: { "zh-CN": "会议台账", "en-US": "Meetings ledger" },
  lectures: { "zh-CN": "党课台账", "en-US": "Party lectures ledger" },
  dues: { "zh-CN": "党费台账", "en-US": "Dues ledger" },
  training: { "zh-CN": "培训台账", "en-US": "Training ledger" },
  talks: { "zh-CN": "谈心谈话台账", "en-US": "Heart-to-heart talks ledger" },
  structure: { "zh-CN": "表格结构", "en-US": "Workbook structure" },
};

export const MEETING_TYPE_LABELS: Record<MeetingType, Localized> = {
  general: { "zh-CN": "支部党员大会", "en-US": "branch general meeting" },
  committee: { "zh-CN": "支部委员会", "en-US": "branch committee meeting" },
  group: { "zh-CN": "党小组会", "en-US": "party group meeting" },
  lecture: { "zh-CN": "党课", "en-US": "party lecture" },
  "theme-day": { "zh-CN": "主题党日", "en-US": "theme party day" },
  "org-life": { "zh-CN": "组织生活会", "en-US": "organisational life meeting" },
  appraisal: { "zh-CN": "民主评议党员", "en-US": "democratic appraisal of members" },
  "democratic-life": { "zh-CN": "民主生活会", "en-US": "democratic life meeting" },
  "report-review": { "zh-CN": "述职评议", "en-US": "report and review" },
};

export const MEMBER_CATEGORY_LABELS: Record<MemberCategory, Localized> = {
  full: { "zh-CN": "正式党员", "en-US": "full member" },
  probationary: { "zh-CN": "预备党员", "en-US": "probationary member" },
};

/** 党员状态 as messages name it. */
export const MEMBER_STATUS_LABELS: Record<MemberStatus, Localized> = {
  normal: { "zh-CN": "正常", "en-US": "normal" },
  "transferred-out": { "zh-CN": "转出", "en-US": "transferred out" },
  deceased: { "zh-CN": "去世", "en-US": "deceased" },
  suspended: { "zh-CN": "停止党籍", "en-US": "membership suspended" },
  expelled: { "zh-CN": "出党（除名）", "en-US": "left or removed from the Party" },
  abroad: { "zh-CN": "出国（境）", "en-US": "abroad" },
  mobile: { "zh-CN": "流动党员", "en-US": "mobile member" },
  seconded: { "zh-CN": "挂职借调", "en-US": "seconded" },
  "long-ill": { "zh-CN": "因病长期不能参加组织生活", "en-US": "long ill" },
};

export const PERSON_CATEGORY_LABELS: Record<PersonCategory, Localized> = {
  serving: { "zh-CN": "在职", "en-US": "in service" },
  retired: { "zh-CN": "离退休", "en-US": "retired" },
  student: { "zh-CN": "学生", "en-US": "student" },
  unemployed: { "zh-CN": "下岗失业", "en-US": "unemployed" },
  "low-income": { "zh-CN": "低保", "en-US": "on subsistence allowance" },
  farmer: { "zh-CN": "农民", "en-US": "farmer" },
  other: { "zh-CN": "其他", "en-US": "other" },
};

/** Texts the engine adds around rule messages. */
export const ENGINE_TEXT = {
  reminderSuffix: { "zh-CN": "（期限：{dueDate:date}）", "en-US": " (due {dueDate:date})" },
  ruleFailed: {
    "zh-CN": "规则“{rule}”运行出错，已跳过：{message}",
    "en-US": "Rule “{rule}” failed and was skipped: {message}",
  },
} satisfies Record<string, Localized>;

/**
 * How a check's departures from the rules as written are stated (run/settingChanges.ts, render/settingChanges.ts): on
 * the 汇总表, in the roll-up and in the pane, so a 合规率 is never read without them.
 */
export const SETTING_CHANGE_TEXT = {
  rulesOff: {
    "zh-CN": "本次检查未启用：{rules}，其要求未检查，不计入合规率。",
    "en-US":
      "Not applied in this check: {rules}; their requirements were not checked and are not in the compliance rate.",
  },
  severities: {
    "zh-CN": "本次检查改变了严重程度：{changes}。",
    "en-US": "Severity changed in this check: {changes}.",
  },
  severity: {
    "zh-CN": "{rule}由{from}改为{to}",
    "en-US": "{rule} from {from} to {to}",
  },
  options: {
    "zh-CN": "本次检查改变了规则参数：{changes}。",
    "en-US": "Rule options changed in this check: {changes}.",
  },
  option: {
    "zh-CN": "{rule}：{option}，本次设为“{value}”（默认“{default}”）",
    "en-US": "{rule}: {option}, set to “{value}” (default “{default}”)",
  },
  settings: {
    "zh-CN": "本次检查改变了设置：{changes}。",
    "en-US": "Settings changed in this check: {changes}.",
  },
  setting: {
    "zh-CN": "{setting}为“{value}”（单位信息或默认为“{default}”）",
    "en-US": "{setting} = “{value}” (单位信息 or default: “{default}”)",
  },
  none: { "zh-CN": "无", "en-US": "none" },
  lectureFrequency: { "zh-CN": "党课频率", "en-US": "Lecture frequency" },
  duesRounding: { "zh-CN": "应交党费取整", "en-US": "Dues rounding" },
  reminderDays: { "zh-CN": "提前提醒天数", "en-US": "Reminder days" },
  collectionDay: { "zh-CN": "党费集中交纳日", "en-US": "Dues collection day" },
  centralTrainingKeywords: {
    "zh-CN": "集中培训关键词",
    "en-US": "Central-training keywords",
  },
  excludedTrainingKeywords: {
    "zh-CN": "不计为集中培训的关键词",
    "en-US": "Keywords excluded from central training",
  },
  month: { "zh-CN": "每月", "en-US": "monthly" },
  quarter: { "zh-CN": "每季度", "en-US": "quarterly" },
  "half-year": { "zh-CN": "每半年", "en-US": "half-yearly" },
  year: { "zh-CN": "每年", "en-US": "yearly" },
  fen: { "zh-CN": "到分", "en-US": "to the fen" },
  jiao: { "zh-CN": "到角", "en-US": "to the jiao" },
  yuan: { "zh-CN": "到元", "en-US": "to the yuan" },
  true: { "zh-CN": "是", "en-US": "yes" },
  false: { "zh-CN": "否", "en-US": "no" },
} satisfies Record<string, Localized>;

/** Texts of the notes the highlight plan puts on marked ledger rows (src/engine/highlight/). */
export const HIGHLIGHT_TEXT = {
  noteLine: {
    "zh-CN": "【{severity}】{message}（依据：{basis}）",
    "en-US": "[{severity}] {message} (Basis: {basis})",
  },
  noteLineWithoutBasis: { "zh-CN": "【{severity}】{message}", "en-US": "[{severity}] {message}" },
  /** After a warning the department explained (已说明). */
  acknowledgedSuffix: {
    "zh-CN": "（已说明：{reason}）",
    "en-US": " (explained: {reason})",
  },
} satisfies Record<string, Localized>;

/** Texts of the summary sheet 汇总表 (src/engine/summary/). */
export const SUMMARY_TEXT = {
  title: {
    "zh-CN": "{unit}{year}年度党建台账检查汇总表",
    "en-US": "{unit} — Party-Building Ledger Check Summary, {year}",
  },
  titleWithoutUnit: {
    "zh-CN": "{year}年度党建台账检查汇总表",
    "en-US": "Party-Building Ledger Check Summary, {year}",
  },
  info: {
    "zh-CN": "检查基准日：{asOf:date}　　检查时间：{checkedAt}（北京时间）　　版本：{version}",
    "en-US":
      "As of {asOf:date}  ·  Checked {checkedAt} (China Standard Time)  ·  Version {version}",
  },
  sectionTotals: { "zh-CN": "一、问题统计", "en-US": "1. Findings by ledger" },
  sectionBranches: { "zh-CN": "二、各支部落实情况", "en-US": "2. Branches" },
  sectionFindings: { "zh-CN": "三、问题清单", "en-US": "3. Findings" },
  /** The 汇总表's pointer to the 问题清单 sheet (a link). */
  findingsListed: {
    "zh-CN":
      "本次检查发现问题{count}条（不符合{error}条，提示{warning}条，无法识别{unreadable}条），逐条列在“{sheet}”工作表中（点击查看），可按支部、台账、严重程度筛选和排序。",
    "en-US":
      "The check found {count} problems ({error} errors, {warning} warnings, {unreadable} unreadable), each listed on the sheet “{sheet}” (click to open), where they can be filtered and sorted by branch, ledger or severity.",
  },
  /** The 问题清单 sheet: its name (kept in every locale, like 汇总表's), title and caption. */
  listSheetName: { "zh-CN": "问题清单", "en-US": "问题清单" },
  listTitle: {
    "zh-CN": "{unit}{year}年度党建台账检查问题清单",
    "en-US": "{unit} — Party-Building Ledger Check Findings, {year}",
  },
  listTitleWithoutUnit: {
    "zh-CN": "{year}年度党建台账检查问题清单",
    "en-US": "Party-Building Ledger Check Findings, {year}",
  },
  listCaption: {
    "zh-CN":
      "检查基准日：{asOf:date}　　检查时间：{checkedAt}（北京时间）　　共{count}条。提醒事项不属于问题，列在“汇总表”第四部分。",
    "en-US":
      "As of {asOf:date}  ·  Checked {checkedAt} (China Standard Time)  ·  {count} findings. Reminders are not findings; they are in part 4 of the summary.",
  },
  sectionReminders: { "zh-CN": "四、提醒事项", "en-US": "4. Reminders" },
  sectionAcknowledged: { "zh-CN": "五、已说明事项", "en-US": "5. Explained warnings" },
  /** Under 五、已说明事项: what the department's explanations are and how they count. */
  acknowledgedNote: {
    "zh-CN":
      "以下提示经本单位核实并写明理由（已说明），不计入上述提示数，仍计入合规率，请上级审核理由是否成立。",
    "en-US":
      "The department verified the warnings below and gave its reasons (explained); they are out of the warning counts above but still count in the compliance rate. The level above judges the reasons.",
  },
  /** Under the 总体合规率, when the department explained warnings. */
  acknowledgedCount: {
    "zh-CN": "另有{count}条提示经本单位核实已说明（见第五部分），未计入上表提示数，仍计入合规率。",
    "en-US":
      "{count} more warnings were explained by the department (see part 5): out of the warning counts above, still in the compliance rate.",
  },
  explainedOn: { "zh-CN": "说明日期", "en-US": "Explained" },
  reason: { "zh-CN": "说明理由", "en-US": "Reason" },
  /** Under the reminders' title: what a 提醒 is, since it sits beside findings but is none. */
  remindersNote: {
    "zh-CN":
      "提醒事项不属于问题，不计入合规率，请支部及时跟进：{days}天内到期、尚未完成的规定动作，半年内到期的换届，党员出国（境）、流动等情况须跟进的事项，以及属于工作要求的事项。",
    "en-US":
      "Reminders are not findings and do not count in compliance; they are for the branch to follow up: requirements due within {days} days and not yet met, elections due within six months, members' situations (abroad, mobile…) to follow up, and working requirements.",
  },
  ledger: { "zh-CN": "台账", "en-US": "Ledger" },
  /** Findings that concern no one ledger (the totals' last row, the list's 台账). */
  workbookLevel: { "zh-CN": "工作簿整体", "en-US": "The workbook" },
  total: { "zh-CN": "合计", "en-US": "Total" },
  overallCompliance: { "zh-CN": "总体合规率", "en-US": "Overall compliance" },
  complianceNote: {
    "zh-CN":
      "合规率＝（规定动作按期完成率＋台账记录无问题率）÷2；尚未到期的期次不计入，只有一项可算时取该项。",
    "en-US":
      "Compliance = (share of ended requirement periods met + share of ledger rows without findings) ÷ 2; unended periods are left out; where only one share can be computed, it is used alone.",
  },
  /** Under the totals: what each severity means, for the reader the sheet is forwarded to. */
  severityNote: {
    "zh-CN":
      "不符合：未落实“须”“应当”“至少”等硬性要求；提示：未落实“一般”“原则上”等要求或情况须核实；提醒：尚未到期或须跟进的事项，不属于问题（见第四部分）；无法识别：必填内容为空或无法识别，相关检查未能进行。",
    "en-US":
      "Error: a hard requirement (“must”, “at least”) is not met. Warning: a requirement qualified “as a rule” or “in principle” is not met, or something needs verifying. Reminder: due soon or to follow up, not a finding (see part 4). Unreadable: a required entry is blank or cannot be read, so the checks that need it did not run.",
  },
  ruleFailedIntro: {
    "zh-CN": "注意：以下规则运行出错，检查结果不完整。",
    "en-US": "Note: the rules below failed; the results are incomplete.",
  },
  branch: { "zh-CN": "支部", "en-US": "Branch" },
  compliance: { "zh-CN": "合规率", "en-US": "Compliance" },
  met: { "zh-CN": "✓", "en-US": "✓" },
  missing: { "zh-CN": "✗", "en-US": "✗" },
  open: { "zh-CN": "进行中", "en-US": "In progress" },
  /** A branch not required to do it: no committee, no groups, no new secretary. */
  notApplicable: { "zh-CN": "不涉及", "en-US": "N/A" },
  /** A rate with nothing to count: no ended period and no ledger row. */
  noRate: { "zh-CN": "无记录", "en-US": "No records" },
  /** Under the branch table: what its marks and figures say, for the reader it is forwarded to. */
  branchLegend: {
    "zh-CN":
      "说明：✓ 已按要求完成；✗ 未完成；进行中：本期尚未结束；n/m：已按要求完成的期数/应完成的期数（党小组会按小组和月份计）；党费足额交纳：足额交纳的人·月数/应交纳的人·月数；不涉及：本支部无此项要求（如未设支部委员会或党小组、没有新任书记）；未提供：工作簿中没有该台账；无记录：没有可计算合规率的期次和台账记录。",
    "en-US":
      "Key: ✓ met; ✗ not met; In progress: the period has not ended; n/m: periods met / periods due (party groups count per group and month); dues paid in full: member-months paid in full / member-months due; N/A: not required of this branch (no committee or groups, no new secretary); Not provided: the workbook has no such ledger; No records: nothing to compute a rate from.",
  },
  /** A rule column whose ledger the workbook does not have (an optional ledger such as 谈心谈话台账). */
  notProvided: { "zh-CN": "未提供", "en-US": "Not provided" },
  number: { "zh-CN": "序号", "en-US": "No." },
  severity: { "zh-CN": "严重程度", "en-US": "Severity" },
  sheet: { "zh-CN": "台账", "en-US": "Sheet" },
  row: { "zh-CN": "行", "en-US": "Row" },
  rowNumber: { "zh-CN": "行号", "en-US": "Row" },
  rule: { "zh-CN": "规则", "en-US": "Rule" },
  checkItem: { "zh-CN": "检查项目", "en-US": "Requirement" },
  issue: { "zh-CN": "问题说明", "en-US": "Issue" },
  basis: { "zh-CN": "依据", "en-US": "Basis" },
  dueDate: { "zh-CN": "截止日期", "en-US": "Due" },
  matter: { "zh-CN": "待办事项", "en-US": "What is due" },
  noFindings: { "zh-CN": "未发现问题。", "en-US": "No findings." },
  noReminders: {
    "zh-CN": "没有提醒事项。",
    "en-US": "No reminders.",
  },
  amountOmitted: { "zh-CN": "（金额略）", "en-US": "(amount omitted)" },
  /** The sign-off block at the foot of the 汇总表, filled from 单位信息 where it says. */
  signUnit: { "zh-CN": "填报单位（盖章）", "en-US": "Reporting unit (seal)" },
  signDate: { "zh-CN": "填报日期", "en-US": "Date" },
  signReporter: { "zh-CN": "填报人", "en-US": "Prepared by" },
  signPhone: { "zh-CN": "联系电话", "en-US": "Telephone" },
  signReviewer: { "zh-CN": "审核人", "en-US": "Reviewed by" },
  /** A date to write by hand on the printout. */
  signDateBlank: { "zh-CN": "　　　　年　　月　　日", "en-US": "" },
  footer: {
    "zh-CN":
      "本表由党建台账检查自动生成，重新检查时将被覆盖，请勿在本表中填写内容；表中不含党员个人收入信息。",
    "en-US":
      "Generated by the party-building ledger check and overwritten by the next check; do not type into this sheet. It contains no personal income data.",
  },
} satisfies Record<string, Localized>;
