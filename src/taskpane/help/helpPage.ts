import packageJson from "../../../package.json";
import { SEVERITY_LABELS, SUMMARY_TEXT, RULES } from "../../engine";
import { MESSAGES, type MessageKey } from "../i18n/messages";
import { element, escapeHtml, text } from "./html";
import { rulesSection, structureRules } from "./helpRules";

/**
 * help.html, the add-in's 使用说明 (the manifest's help link): what each button does, how to fix
 * each structure problem, every rule with its basis, and what a check changes and how to undo it.
 * Built at build time (webpack's HtmlWebpackPlugin runs this module as help.html's template) from
 * the rules' own metadata and the pane's own labels, so it cannot drift from either.
 */

/** The ribbon's buttons as manifest.xml labels them (a test holds the two together). */
export const RIBBON_LABELS = {
  group: "党建台账",
  openPane: "打开检查面板",
  runCheck: "一键检查",
  clearMarks: "清除标记",
} as const;

/** A pane label exactly as the pane shows it. */
const label = (key: MessageKey): string => MESSAGES[key]["zh-CN"];
const quoted = (key: MessageKey): string => `“${escapeHtml(label(key))}”`;
const severity = (name: keyof typeof SEVERITY_LABELS): string => SEVERITY_LABELS[name]["zh-CN"];

/** A term and its explanation; the term is a label (escaped), the explanation may hold markup. */
const item = (term: string, html: string): string =>
  element("dt", escapeHtml(term)) + element("dd", html);

const STYLE = `
body{font-family:"Microsoft YaHei UI","Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;
line-height:1.7;margin:0 auto;max-width:860px;padding:16px 20px 48px;color:#1f1f1f;background:#fff}
h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.25em;margin-top:1.8em;border-bottom:1px solid #ddd;padding-bottom:.2em}
h3{font-size:1.08em;margin-top:1.4em}h4{margin:.2em 0}
dt{font-weight:600;margin-top:.6em}dd{margin:0 0 .2em 1.5em}
nav ol{columns:2;margin:.4em 0}nav a{color:#0f6cbd}
.rule{border-left:4px solid #c7d6e8;padding:.2em .8em;margin:.8em 0;background:#fafcff}
.rule dl{margin:.2em 0}.rule dt{margin-top:.3em}
.sev{display:inline-block;min-width:4.5em;font-weight:600}
.error{color:#9c0006}.warning{color:#9c5700}.reminder{color:#1f4e79}.unreadable{color:#843c0c}
.note{color:#555;font-size:.95em}
@media (prefers-color-scheme:dark){body{background:#1f1f1f;color:#eee}.rule{background:#262a30;border-color:#3a4d66}
nav a{color:#6cb8f6}.error{color:#ff9a9a}.warning{color:#ffd37a}.reminder{color:#9cc8ff}.unreadable{color:#ffb27a}.note{color:#bbb}}
@media print{nav{display:none}.rule{break-inside:avoid}}
`;

const SECTIONS = [
  ["overview", "这个加载项做什么"],
  ["steps", "检查一本台账的步骤"],
  ["buttons", "各个按钮做什么"],
  ["severities", "不符合、提示、提醒、无法识别"],
  ["scope", "检查年度和基准日"],
  ["explained", "已说明的提示"],
  ["branch", "把问题交给支部书记"],
  ["structure", "表格结构问题怎样处理"],
  ["rules", `检查规则（${RULES.length}条）`],
  ["changes", "检查改动了工作簿的哪些地方，怎样撤销"],
  ["versions", "不同版本的 Excel"],
] as const;

type SectionId = (typeof SECTIONS)[number][0];
const section = (id: SectionId, body: string): string => {
  const title = SECTIONS.find(([key]) => key === id)?.[1] ?? id;
  return element("section", text("h2", title) + body, `id="${id}"`);
};

function overview(): string {
  return [
    text(
      "p",
      "党建台账检查按照《关于加强和改进市级机关党的建设的实施意见》（沪委发〔2019〕18号）及《中国共产党支部工作条例（试行）》等规定，检查本工作簿中的会议、党课、党费、培训等台账：标出不符合要求的行（每行附有说明依据的批注），列出缺失的事项（如某季度没有召开支部党员大会），并生成可以报送上级的“汇总表”。"
    ),
    text("p", "检查只读取台账内容，不会修改台账中的任何数据。"),
  ].join("");
}

function steps(): string {
  return element(
    "ol",
    [
      `没有台账的，在检查面板的${quoted("moreActions")}中点击${quoted("insertTemplate")}，按“填表说明”工作表填写或粘贴台账。`,
      `核对面板上方的检查年度和基准日：检查上一年度的台账，请把基准日设为该年12月31日（点击${quoted("scopeChange")}，再点“××年末”）。`,
      `点击${quoted("start")}。检查完成后，面板按严重程度列出问题，不符合要求的行在表格中标色并附批注，汇总表写入“汇总表”工作表。`,
      `逐条核实：点击问题可定位到表格中的行；点击${quoted("explainRule")}可看这条规定是什么、怎样改正。改正台账后再次点击${quoted("start")}。`,
      `确属特殊情况的提示，可${quoted("acknowledge")}并写明理由；确认无误后点击${quoted("showSummary")}查看汇总表，或在${quoted("moreActions")}中${quoted("exportSummary")}后报送。`,
    ]
      .map((line) => element("li", line))
      .join("")
  );
}

function buttons(): string {
  const ribbon = element(
    "dl",
    [
      item(
        RIBBON_LABELS.openPane,
        `在“开始”选项卡的“${RIBBON_LABELS.group}”组中，打开右侧的检查面板。`
      ),
      item(
        RIBBON_LABELS.runCheck,
        "不打开面板直接检查，完成后转到汇总表。结果与面板中的检查相同，也使用工作簿中保存的设置和已说明事项。"
      ),
      item(
        RIBBON_LABELS.clearMarks,
        "清除检查写入的标色、批注和汇总表，台账恢复到检查前的样子（见本页最后一部分）。"
      ),
    ].join("")
  );
  const pane = element(
    "dl",
    [
      item(label("start"), "读取台账、逐条检查、在表格中标记并写入汇总表。检查时可点击“取消”。"),
      item(
        label("scopeChange"),
        "在面板上方更改检查年度和基准日，保存后立即重新检查。未设置基准日时，按检查当天计算。"
      ),
      item(
        label("settings"),
        "齿轮按钮：检查年度、基准日、党课频率、应交党费取整、提前提醒天数，以及每条规则是否启用和严重程度。设置保存在本工作簿中，随工作簿分发。"
      ),
      item(
        `${label("switchLanguage")} / 中文`,
        "在中文和英文界面之间切换；汇总表和批注始终为中文。"
      ),
      item(label("clearMarks"), `在${quoted("moreActions")}中，作用同功能区的“清除标记”。`),
      item(
        label("insertTemplate"),
        "添加工作簿中还没有的标准台账工作表和“填表说明”，已有的工作表不作改动。"
      ),
      item(
        label("exportSummary"),
        "把汇总表单独放到一个新工作簿中（无法新建时下载为 .xlsx 文件），便于报送。"
      ),
      item(
        label("rollup"),
        "上级单位使用：选择各单位报送的工作簿（可多选），把它们的汇总表汇总为排名表和各单位的支部落实情况。"
      ),
      item(
        "问题统计的数字",
        "点击“不符合”“提示”等数字，只看这一类问题；再点一次恢复。选择支部后，数字只统计该支部。"
      ),
      item(label("showSummary"), "转到本次检查写入的汇总表。"),
      item(
        `${label("filterBranch")}、${label("filterSeverity")}`,
        `按支部或严重程度筛选问题；没有符合条件的问题时，可点击${quoted("clearFilters")}。`
      ),
      item("点击一条问题", "转到表格中的那一行（或那个单元格）。隐藏的工作表需先取消隐藏。"),
      item(label("explainRule"), "展开这条规定的要求、怎样改正和依据的文件条款。"),
      item(
        `${label("acknowledge")} / ${label("unacknowledge")}`,
        "只用于“提示”：经核实确属正常情况的，写明理由后标为已说明（见下文）；可随时撤销。"
      ),
      item(
        `${label("copyBranch")}、${label("printBranch")}`,
        "选择一个支部后出现：把该支部的问题清单复制为文字，或单独打印，交给支部书记。"
      ),
      item(label("goToHeader"), "表格缺少列时，转到该台账的表头行。"),
    ].join("")
  );
  return text("h3", "功能区（开始选项卡）") + ribbon + text("h3", "检查面板") + pane;
}

function severities(): string {
  const entry = (name: keyof typeof SEVERITY_LABELS, meaning: string): string =>
    element("dt", `<span class="sev ${name}">${escapeHtml(severity(name))}</span>`) +
    element("dd", escapeHtml(meaning));
  return [
    element(
      "dl",
      [
        entry("error", "未落实“须”“应当”“至少”等硬性要求。表格中整行标为红色，计入合规率。"),
        entry(
          "warning",
          "未落实“一般”“原则上”等要求，或情况需要核实。整行标为黄色，计入合规率；经核实属正常的，可标为已说明。"
        ),
        entry(
          "reminder",
          "尚未到期、请及时跟进的事项（如本月还没有开支委会、半年内到期的换届、党员出国（境）等情况）。不属于问题，不计入合规率，不在表格中标色。"
        ),
        entry(
          "unreadable",
          "必填单元格为空，或日期、金额、人数等内容无法识别。该单元格标为橙色，需要它的检查未能进行。"
        ),
      ].join("")
    ),
    text(
      "p",
      "面板中每条问题都用文字和图标标明严重程度，并按不符合、提示、无法识别、提醒的顺序排列；缺失事项按支部分组。",
      'class="note"'
    ),
  ].join("");
}

function scope(): string {
  return [
    text(
      "p",
      "检查年度决定检查哪一年的台账：未设置时取“单位信息”中的年度，没有则按台账中的日期推断。基准日决定哪些期次已经结束：已结束而没有记录的为不符合或提示，将在提前提醒天数内结束的为提醒，尚未结束的不作判断。"
    ),
    text(
      "p",
      "未设置基准日时按检查当天计算，同一本台账在不同日期检查，结果会不同。面板上方始终显示本次检查使用的年度和基准日；报送上一年度的汇总表前，请把基准日设为该年12月31日。"
    ),
  ].join("");
}

function explained(): string {
  return [
    text(
      "p",
      "有的提示经核实属于正常情况（例如经机关党委同意由副职担任支部书记）。点击该条提示的“标为已说明”，写明理由（200字以内）后保存："
    ),
    element(
      "ul",
      [
        "已说明的提示仍列在面板中（灰色），不再作为新问题计入提示数，单独统计；",
        "说明和理由保存在本工作簿中，下次检查（包括功能区的一键检查和命令行检查）自动沿用；",
        `汇总表在“${SUMMARY_TEXT.sectionAcknowledged["zh-CN"]}”中逐条列出这些提示和理由，供上级审核；合规率仍按未说明计算，不因说明而提高；`,
        "修改了该行的内容后，这条说明不再适用，如仍有提示需重新说明；可随时“撤销说明”。",
      ]
        .map((line) => text("li", line))
        .join("")
    ),
    text("p", "只有“提示”可以说明；“不符合”须改正。", 'class="note"'),
  ].join("");
}

function branch(): string {
  return text(
    "p",
    "在“支部”中选择一个支部，面板只显示该支部的问题，并出现“复制清单”和“打印清单”：复制的清单是纯文字，可粘贴到即时通讯、邮件或 Word 中；打印时只打印该支部的清单。Mac 版 Excel 的加载项不能打印，请使用复制。剪贴板不可用时，面板会显示清单文字，选中后按 Ctrl+C 复制。"
  );
}

function structure(): string {
  const others = element(
    "dl",
    [
      item(
        "工作表受保护",
        "受保护的工作表会被读取和检查，但不能标记。请在“审阅”选项卡中撤销工作表保护后重新检查。"
      ),
      item(
        "台账右侧还有内容",
        "台账表格右侧的列中有不属于台账的内容，这些内容不检查。如是台账的一部分，请移入台账的列中。"
      ),
      item("合并单元格未能读取", "面板会列出这些行，它们按未合并处理。请取消合并后重新检查。"),
      item(
        "没有识别出任何台账",
        `工作簿中没有按标准名称命名的台账工作表时，检查不作任何改动。点击${quoted("insertTemplate")}添加标准工作表，或把已有的工作表改为标准名称。`
      ),
      item(
        "隐藏的工作表",
        "隐藏的台账也会检查和标记；点击其中的问题时，需要先右键单击工作表标签，选择“取消隐藏”。"
      ),
    ].join("")
  );
  return [
    text(
      "p",
      "表格结构问题出现在面板上方，说明哪些台账或列没有找到、哪些单元格无法识别。先处理这些问题，再看其他检查结果："
    ),
    structureRules(),
    text("h3", "面板中的其他提示"),
    others,
  ].join("");
}

function rules(): string {
  return (
    text(
      "p",
      "每条规则列出要求、怎样改正、默认严重程度和依据的文件条款。规则是否启用和严重程度可在“设置”中调整；调整后，汇总表和上级的汇总中都会注明。"
    ) + rulesSection()
  );
}

function changes(): string {
  return [
    text("p", "检查不修改台账中的任何数据。它只在工作簿中写入以下内容："),
    element(
      "ul",
      [
        "有问题的行的标色（条件格式）：不符合为红色，提示为黄色，无法识别的单元格为橙色；",
        "有问题的行上的批注：以“【党建台账检查】”开头，写明问题和依据；单元格原有的批注保留，检查的内容接在后面；",
        "“汇总表”工作表（已有同名的非本加载项工作表时，写入“汇总表（检查结果）”），放在最前面，每次检查时重新生成；",
        "在“设置”中保存的设置和已说明事项，保存在工作簿的加载项设置中，不在任何工作表里。",
      ]
        .map((line) => text("li", line))
        .join("")
    ),
    text("h3", "怎样撤销"),
    element(
      "ul",
      [
        `点击功能区或${quoted("moreActions")}中的${quoted("clearMarks")}：清除检查写入的标色、批注（只删除本加载项写入的部分）和汇总表，工作簿恢复到检查前的样子。`,
        `设置：在“设置”中点击${quoted("resetDefaults")}并保存。已说明事项：在面板中逐条${quoted("unacknowledge")}。`,
        "Excel 的“撤销”（Ctrl+Z）在不同版本中不一定能撤销加载项所做的改动，请使用“清除标记”。",
      ]
        .map((line) => element("li", line))
        .join("")
    ),
  ].join("");
}

function versions(): string {
  return [
    text(
      "p",
      "加载项需要 Excel 2021、Excel 2024、Microsoft 365（Windows、Mac）或 Excel 网页版。检查、标记和汇总表在这些版本中都可以使用。"
    ),
    text(
      "p",
      `批注需要 Microsoft 365 2501 及以后（或 Mac 16.93 及以后、Excel 网页版）。其他版本不写批注：在表格中选中标色的行，面板会显示该行的问题；汇总表的“${SUMMARY_TEXT.sectionFindings["zh-CN"]}”也逐条列出。`
    ),
  ].join("");
}

/** help.html, whole. */
export function renderHelpPage(): string {
  const nav = element(
    "nav",
    text("h2", "目录") +
      element(
        "ol",
        SECTIONS.map(([id, title]) => element("li", text("a", title, `href="#${id}"`))).join("")
      ),
    'aria-label="目录"'
  );
  const body = [
    element(
      "header",
      text("h1", "党建台账检查 · 使用说明") +
        text("p", `版本 ${packageJson.version} · 共 ${RULES.length} 条检查规则`, 'class="note"')
    ),
    nav,
    element(
      "main",
      [
        section("overview", overview()),
        section("steps", steps()),
        section("buttons", buttons()),
        section("severities", severities()),
        section("scope", scope()),
        section("explained", explained()),
        section("branch", branch()),
        section("structure", structure()),
        section("rules", rules()),
        section("changes", changes()),
        section("versions", versions()),
      ].join("")
    ),
    text(
      "p",
      "This guide is in Chinese, the language of the ledgers it checks. The task pane itself can be switched to English (English button at its top).",
      'lang="en" class="note"'
    ),
  ].join("\n");
  return [
    "<!doctype html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="UTF-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    "<title>党建台账检查 · 使用说明</title>",
    `<style>${STYLE}</style>`,
    "</head>",
    `<body>${body}</body>`,
    "</html>",
    "",
  ].join("\n");
}

/** HtmlWebpackPlugin calls a template module's default export for the page. */
export default function template(): string {
  return renderHelpPage();
}
