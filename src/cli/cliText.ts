import { terminalText } from "./output/terminalText";
import { type Locale, type Localized, formatTemplate, SEVERITY_HEADINGS } from "../engine";

/** Every text the command line prints, in both languages (zh-CN is the default). */
export const CLI_TEXT = {
  description: {
    "zh-CN": "党建台账检查：按照沪委发〔2019〕18号等规定检查 .xlsx 党建台账，标出问题并生成汇总表",
    "en-US":
      "Party Ledger Check: checks party-affairs ledgers in .xlsx files, marks problems and writes a summary",
  },
  /** The status line on a terminal (output/progress.ts). */
  progress: { "zh-CN": "[{index}/{count}] {file}", "en-US": "[{index}/{count}] {file}" },
  readingRows: {
    "zh-CN": "正在读取“{sheet}”：{rows} 行…",
    "en-US": "Reading “{sheet}”: {rows} rows…",
  },
  checkingRows: {
    "zh-CN": "正在检查，共 {rows} 行…",
    "en-US": "Checking {rows} rows…",
  },
  writingCopy: {
    "zh-CN": "正在写入检查结果…",
    "en-US": "Writing the checked copy…",
  },
  /** After several files: what they found together. */
  totalAcross: {
    "zh-CN":
      "共检查 {files} 个文件：不符合 {error}，提示 {warning}，提醒 {reminder}，无法识别 {unreadable}",
    "en-US":
      "{files} files checked: {error} errors, {warning} warnings, {reminder} reminders, {unreadable} unreadable",
  },
  totalFailed: {
    "zh-CN": "；另有 {failed} 个文件未能检查",
    "en-US": "; {failed} could not be checked",
  },
  fileHeading: {
    "zh-CN": "{file}（{year}年度，检查基准日 {asOf}）",
    "en-US": "{file} ({year}, as of {asOf})",
  },
  branch: { "zh-CN": "支部", "en-US": "Branch" },
  ...SEVERITY_HEADINGS,
  compliance: { "zh-CN": "合规率", "en-US": "Compliance" },
  total: { "zh-CN": "合计", "en-US": "Total" },
  totals: {
    "zh-CN": "合计：不符合 {error}，提示 {warning}，提醒 {reminder}，无法识别 {unreadable}",
    "en-US":
      "Totals: {error} errors, {warning} warnings, {reminder} reminders, {unreadable} unreadable",
  },
  noBranches: { "zh-CN": "（未找到支部）", "en-US": "(no branches found)" },
  written: {
    "zh-CN": "已写入检查结果：{input} → {out}",
    "en-US": "Checked copy written: {input} → {out}",
  },
  summarySheet: {
    "zh-CN": "汇总表：工作表“{sheet}”",
    "en-US": "Summary: sheet “{sheet}”",
  },
  jsonWritten: { "zh-CN": "已写入 JSON 报告：{out}", "en-US": "JSON report written: {out}" },
  ruleFailed: {
    "zh-CN": "规则 {rule} 运行出错，已跳过：{message}",
    "en-US": "Rule {rule} failed and was skipped: {message}",
  },
  storedSettingsUsed: {
    "zh-CN": "按工作簿中保存的检查设置检查（命令行选项优先）。",
    "en-US":
      "Checked with the settings saved in the workbook (command-line options take precedence).",
  },
  acknowledgedCount: {
    "zh-CN": "另有 {count} 条提示已在工作簿中说明（已说明），未计入提示数。",
    "en-US": "{count} more warnings are explained in the workbook and not counted as warnings.",
  },
  optionIgnored: {
    "zh-CN": "选项 {option} 的值“{value}”无法识别，已使用默认值",
    "en-US": "Option {option}: “{value}” cannot be used; the default applies",
  },
  noLedger: {
    "zh-CN":
      "文件“{file}”中没有找到任何党建台账工作表（会议台账、党费台账等）。请使用标准模板（party-ledger template）或按标准名称命名工作表。",
    "en-US":
      "No party ledger sheet (meetings, dues …) was found in “{file}”. Use the standard template (party-ledger template) or name the sheets as it does.",
  },
  outputOnInput: {
    "zh-CN": "输出文件“{output}”就是要读取的文件“{input}”：不会覆盖原文件，未写入任何文件。",
    "en-US":
      "The output “{output}” is the input “{input}”: it is never overwritten; nothing was written.",
  },
  outputOnOutput: {
    "zh-CN": "两个输出是同一个文件（“{first}”与“{second}”），未写入任何文件。",
    "en-US": "Two outputs are the same file (“{first}” and “{second}”); nothing was written.",
  },
  notRegularInput: {
    "zh-CN": "“{file}”不是普通文件（可能是命名管道或设备），无法读取；请指定 .xlsx 文件。",
    "en-US":
      "“{file}” is not a regular file (a named pipe or a device?) and cannot be read; name an .xlsx file.",
  },
  notRegularOutput: {
    "zh-CN": "“{file}”已存在且不是普通文件（可能是文件夹、命名管道或设备），不能写入。",
    "en-US":
      "“{file}” exists and is not a regular file (a folder, a named pipe or a device?); it cannot be written.",
  },
  notFolderOutput: {
    "zh-CN": "“{file}”已存在且不是文件夹，不能作为输出文件夹。",
    "en-US": "“{file}” exists and is not a folder; it cannot take the output.",
  },
  systemTarget: {
    "zh-CN": "“{file}”位于系统目录（/proc、/sys、/dev）下，不能写入；请换一个文件夹。",
    "en-US":
      "“{file}” lies under a system folder (/proc, /sys, /dev) and cannot be written; choose another folder.",
  },
  outNeedsDir: {
    "zh-CN": "检查多个文件时，--out 须为文件夹：{out}",
    "en-US": "With several files, --out must be a folder: {out}",
  },
  badAsOf: {
    "zh-CN": "--as-of 须为 YYYY-MM-DD 格式的日期：{value}",
    "en-US": "--as-of must be a date as YYYY-MM-DD: {value}",
  },
  badDuesForm: {
    "zh-CN": "--dues-form 须为 rows（逐笔登记）或 register（每月一列的登记表）：{value}",
    "en-US": "--dues-form must be rows or register: {value}",
  },
  badYear: {
    "zh-CN": "--year 须为四位年份：{value}",
    "en-US": "--year must be a four-digit year: {value}",
  },
  badLang: {
    "zh-CN": "--lang 只能是 zh-CN 或 en-US：{value}",
    "en-US": "--lang must be zh-CN or en-US: {value}",
  },
  exists: {
    "zh-CN": "文件已存在：{file}。如需覆盖请加 --force。",
    "en-US": "The file exists: {file}. Add --force to overwrite it.",
  },
  cannotWrite: {
    "zh-CN": "无法写入文件“{file}”：{reason}",
    "en-US": "Cannot write “{file}”: {reason}",
  },
  cleared: {
    "zh-CN": "已清除检查标记：{marks} 处标记、{notes} 条批注{summary}，文件：{file}",
    "en-US": "Cleared {marks} marks and {notes} notes{summary} from {file}",
  },
  clearedSummary: { "zh-CN": "，并删除汇总表", "en-US": ", and removed the summary" },
  nothingToClear: {
    "zh-CN": "文件“{file}”中没有党建台账检查留下的标记，未作改动。",
    "en-US": "“{file}” holds no marks of Party Ledger Check; nothing changed.",
  },
  templateWritten: { "zh-CN": "已生成标准模板：{file}", "en-US": "Template written: {file}" },
  sampleWritten: {
    "zh-CN":
      "已生成示例工作簿：{file}（{year}年度，{branches}个支部，{members}名党员，故意设置的问题 {problems} 处，见 docs/sample-problems.md）",
    "en-US":
      "Sample workbook written: {file} ({year}, {branches} branches, {members} members, {problems} deliberate problems, see docs/sample-problems.md)",
  },
  rollupWritten: {
    "zh-CN": "已生成汇总工作簿：{file}（{count}个单位）",
    "en-US": "Roll-up written: {file} ({count} departments)",
  },
  rollupSkipped: {
    "zh-CN": "未纳入汇总：{file}（{reason}）",
    "en-US": "Left out: {file} ({reason})",
  },
  rollupWarning: { "zh-CN": "注意：{warning}", "en-US": "Note: {warning}" },
  rollupNothing: {
    "zh-CN": "没有可汇总的文件：所给文件中都没有党建台账检查生成的汇总表。",
    "en-US": "Nothing to roll up: none of the files holds a summary made by Party Ledger Check.",
  },
  noSummary: {
    "zh-CN":
      "文件中没有党建台账检查生成的汇总表，请先用 party-ledger check 检查或在加载项中导出汇总表",
    "en-US":
      "the file holds no summary made by Party Ledger Check; check it first or export its summary from the add-in",
  },
  summaryDataInvalid: {
    "zh-CN": "汇总表中的数据已损坏、被改动或含有不允许的内容（{detail}），请重新检查后再上报",
    "en-US":
      "the summary's data is damaged, was edited or holds what is not allowed ({detail}); check the workbook again",
  },
  unexpected: {
    "zh-CN": "处理文件“{file}”时出错：{reason}",
    "en-US": "Something went wrong with “{file}”: {reason}",
  },
} satisfies Record<string, Localized>;

export type CliTextKey = keyof typeof CLI_TEXT;

/**
 * A printer of CLI texts in one language. What is filled in may come from a workbook (a sheet or
 * branch name, a file name), so it is made safe for a terminal first.
 */
export function cliText(locale: Locale) {
  return (key: CliTextKey, data: Record<string, string | number> = {}): string =>
    formatTemplate(
      CLI_TEXT[key][locale],
      Object.fromEntries(
        Object.entries(data).map(([k, v]) => [k, typeof v === "string" ? terminalText(v) : v])
      ),
      locale
    );
}
