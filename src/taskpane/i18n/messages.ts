import type { Localized } from "../../engine";

/**
 * Every text of the task pane, zh-CN first and en-US second, in one place. Labels the engine
 * already owns (severities, ledgers, rule titles) are taken from the engine, not repeated here.
 */
export const MESSAGES = {
  appTitle: { "zh-CN": "党建台账检查", "en-US": "Party Ledger Check" },
  switchLanguage: { "zh-CN": "English", "en-US": "中文" },
  // Starts with the button's visible word, so speech input and screen readers match it (WCAG 2.5.3).
  switchLanguageLabel: {
    "zh-CN": "English：切换为英文界面",
    "en-US": "中文: Switch to Chinese",
  },
  settings: { "zh-CN": "设置", "en-US": "Settings" },
  start: { "zh-CN": "开始检查", "en-US": "Start check" },
  cancel: { "zh-CN": "取消", "en-US": "Cancel" },
  cancelCheck: { "zh-CN": "取消检查", "en-US": "Cancel the check" },
  moreActions: { "zh-CN": "更多操作", "en-US": "More actions" },
  clearMarks: { "zh-CN": "清除标记", "en-US": "Clear marks" },
  insertTemplate: { "zh-CN": "插入标准模板", "en-US": "Insert standard template" },
  exportSummary: { "zh-CN": "导出汇总表", "en-US": "Export summary" },
  rollup: { "zh-CN": "汇总各单位", "en-US": "Roll up departments" },
  rollupPicker: {
    "zh-CN": "选择各单位报送的工作簿（.xlsx，可多选）",
    "en-US": "Choose the workbooks departments sent (.xlsx, several allowed)",
  },
  dismiss: { "zh-CN": "关闭", "en-US": "Dismiss" },
  intro: {
    "zh-CN":
      "检查本工作簿的会议、党课、党费、培训台账，标出不符合要求的行，并生成汇总表。台账内容不会被修改。",
    "en-US":
      "Checks the meetings, lectures, dues and training ledgers of this workbook, marks the rows that fail and writes a summary sheet. Ledger values are never changed.",
  },

  stage_read: { "zh-CN": "读取", "en-US": "Reading" },
  stage_check: { "zh-CN": "检查", "en-US": "Checking" },
  stage_mark: { "zh-CN": "标记", "en-US": "Marking" },
  stage_summary: { "zh-CN": "汇总", "en-US": "Summary" },
  stageStep: { "zh-CN": "第{step}/{steps}步：{stage}", "en-US": "Step {step} of {steps}: {stage}" },
  starting: { "zh-CN": "正在准备…", "en-US": "Preparing…" },
  progressLabel: { "zh-CN": "检查进度", "en-US": "Check progress" },
  working: { "zh-CN": "正在处理…", "en-US": "Working…" },

  checkDone: {
    "zh-CN": "检查完成，结果已写入“{sheet}”工作表。",
    "en-US": "Check complete; the results are in the sheet “{sheet}”.",
  },
  checkDoneClean: {
    "zh-CN": "检查完成，未发现问题。汇总表已写入“{sheet}”工作表。",
    "en-US": "Check complete: no findings. The summary is in the sheet “{sheet}”.",
  },
  notesUnavailable: {
    "zh-CN": "此版本的 Excel 不支持写入批注，问题说明请看本面板和汇总表。",
    "en-US":
      "This version of Excel cannot write notes; the reasons are listed in this pane and the summary.",
  },
  skippedColumns: {
    "zh-CN": "“{sheet}”工作表在台账表格右侧的 {columns} 列中还有内容，这些内容不属于台账，未检查。",
    "en-US":
      "The sheet “{sheet}” has values right of its ledger, in columns {columns}; they are not part of the ledger and were not checked.",
  },
  skippedMergeRows: {
    "zh-CN": "“{sheet}”工作表第 {rows} 行的合并单元格未能读取，这些行按未合并处理。",
    "en-US":
      "The merged cells of row(s) {rows} of the sheet “{sheet}” could not be read; those rows were read as unmerged.",
  },
  noLedger: {
    "zh-CN": "本工作簿中没有识别出党建台账工作表，未作任何修改。",
    "en-US": "No party ledger sheet was recognised in this workbook; nothing was changed.",
  },
  noLedgerSheets: {
    "zh-CN": "检查读取按标准名称命名的工作表：{ledgers}，以及{registers}（{unit}可选）。",
    "en-US":
      "A check reads the sheets named as in the standard template: {ledgers}, and {registers} ({unit} is optional).",
  },
  noLedgerNext: {
    "zh-CN":
      "点击下方“插入标准模板”添加这些工作表，再填入或粘贴台账内容；已有台账的，也可将工作表改为上述名称后重新检查。",
    "en-US":
      "Choose Insert standard template below to add them, then fill in or paste the ledgers — or rename your own sheets to these names and check again.",
  },
  notesSkipped: {
    "zh-CN":
      "“{sheet}”工作表第 {rows} 行的每个单元格都已有批注，问题说明未写入这些行，请看本面板和汇总表。",
    "en-US":
      "Every cell of row(s) {rows} of the sheet “{sheet}” already holds a comment, so their reasons were not written there; see this pane and the summary.",
  },
  skippedProtected: {
    "zh-CN": "“{sheet}”工作表受保护，未作标记。请在“审阅”选项卡中撤销工作表保护后重新检查。",
    "en-US":
      "The sheet “{sheet}” is protected and was not marked. Unprotect it (Review tab) and check again.",
  },
  skippedMissing: {
    "zh-CN": "“{sheet}”工作表在检查过程中被删除或改名，未作标记。请重新检查。",
    "en-US":
      "The sheet “{sheet}” was deleted or renamed during the check and was not marked. Check again.",
  },
  cancelled: {
    "zh-CN": "检查已取消。已写入的标记可用“清除标记”移除，或重新检查。",
    "en-US":
      "The check was cancelled. Use “Clear marks” to remove any marks written so far, or check again.",
  },
  clearDone: {
    "zh-CN": "已清除 {sheets} 张工作表上的 {marks} 处标记和 {notes} 条批注。",
    "en-US": "Removed {marks} marks and {notes} notes from {sheets} sheets.",
  },
  clearSummaryRemoved: {
    "zh-CN": "汇总表已删除。",
    "en-US": "The summary sheet was removed.",
  },
  templateInserted: {
    "zh-CN": "已插入工作表：{sheets}。",
    "en-US": "Inserted the sheets: {sheets}.",
  },
  templateExisting: {
    "zh-CN": "已有的工作表未作改动：{sheets}。",
    "en-US": "Existing sheets were left as they are: {sheets}.",
  },
  templateNothing: {
    "zh-CN": "标准工作表都已存在，未作改动。",
    "en-US": "Every standard sheet already exists; nothing was changed.",
  },
  exportOpened: {
    "zh-CN": "汇总表已在新工作簿中打开，请另存后报送。",
    "en-US": "The summary opened in a new workbook; save it and send it on.",
  },
  exportDownloaded: {
    "zh-CN": "汇总表已下载为 .xlsx 文件，请在“下载”文件夹中查找。",
    "en-US": "The summary was downloaded as an .xlsx file; look in your Downloads folder.",
  },
  rollupDone: {
    "zh-CN": "已汇总 {departments} 个单位，写入工作表：{sheets}。",
    "en-US": "Rolled up {departments} departments into the sheets: {sheets}.",
  },
  rollupSkipped: {
    "zh-CN": "未汇总“{file}”：{reason}",
    "en-US": "Skipped “{file}”: {reason}",
  },
  rollupNoFiles: {
    "zh-CN": "没有选择 .xlsx 文件，请重新选择各单位报送的工作簿。",
    "en-US": "No .xlsx file was chosen; choose the workbooks the departments sent.",
  },
  settingsSaved: {
    "zh-CN": "设置已保存在本工作簿中。",
    "en-US": "Settings saved in this workbook.",
  },
  ribbonOutcome: {
    "zh-CN": "功能区按钮“{command}”于 {time} 执行：",
    "en-US": "The ribbon's “{command}” ran at {time}:",
  },
  ribbonCommandCheck: { "zh-CN": "一键检查", "en-US": "Check now" },
  ribbonCommandClear: { "zh-CN": "清除标记", "en-US": "Clear marks" },
  settingsLoadFailed: {
    "zh-CN": "无法读取本工作簿中保存的设置，将使用默认设置：{message}",
    "en-US": "The settings saved in this workbook could not be read; defaults are used: {message}",
  },
  unexpectedError: {
    "zh-CN":
      "{action}未能完成：{message}。工作簿中的台账内容未被修改，请重试；如仍出错，请保存工作簿后重新打开。",
    "en-US":
      "{action} could not be completed: {message}. The ledger values were not changed; try again, and if it fails again, save and reopen the workbook.",
  },
  selectFailed: { "zh-CN": "定位到该行", "en-US": "Going to the row" },
  saveSettingsAction: { "zh-CN": "保存设置", "en-US": "Saving the settings" },
  checkAction: { "zh-CN": "检查", "en-US": "The check" },
  errorTitle: { "zh-CN": "出错了", "en-US": "Something went wrong" },
  doneTitle: { "zh-CN": "完成", "en-US": "Done" },

  totalsHeading: { "zh-CN": "问题统计", "en-US": "Findings" },
  totalsHint: {
    "zh-CN": "点击数字可只看该类问题",
    "en-US": "Select a count to show only those findings",
  },
  // The tile shows the count above the severity; its name starts with that same text, in that
  // order, so speech input ("click 8 不符合") and screen readers match what is seen (WCAG 2.5.3).
  totalsFilter: {
    "zh-CN": "{count} {severity}，按此筛选",
    "en-US": "{count} {severity}, filter by it",
  },
  structureHeading: { "zh-CN": "表格结构问题", "en-US": "Workbook structure problems" },
  engineErrorsHeading: { "zh-CN": "检查结果不完整", "en-US": "Incomplete results" },
  optionProblem: {
    "zh-CN": "设置项“{option}”的值“{value}”无效，已改用默认值。请在“设置”中改正。",
    "en-US":
      "The setting “{option}” has an invalid value “{value}”; the default was used. Fix it in Settings.",
  },
  goToHeader: { "zh-CN": "转到表头", "en-US": "Go to header" },
  rowFindingsHeading: { "zh-CN": "问题记录", "en-US": "Findings in rows" },
  periodHeading: { "zh-CN": "缺失事项", "en-US": "Missing activities" },
  remindersHeading: { "zh-CN": "近期到期提醒", "en-US": "Due soon" },
  noFindings: { "zh-CN": "未发现问题。", "en-US": "No findings." },
  noMatches: {
    "zh-CN": "没有符合筛选条件的问题。",
    "en-US": "No findings match the filters.",
  },
  rowCell: { "zh-CN": "第{row}行 {column}列", "en-US": "Row {row}, column {column}" },
  rowOnly: { "zh-CN": "第{row}行", "en-US": "Row {row}" },
  findingAction: {
    "zh-CN": "{where}：{message}（按回车在表格中选中该行）",
    "en-US": "{where}: {message} (press Enter to select the row in the sheet)",
  },
  headingCount: { "zh-CN": "{heading}（{count}）", "en-US": "{heading} ({count})" },
  filterBranch: { "zh-CN": "支部", "en-US": "Branch" },
  filterSeverity: { "zh-CN": "严重程度", "en-US": "Severity" },
  allBranches: { "zh-CN": "全部支部", "en-US": "All branches" },
  allSeverities: { "zh-CN": "全部", "en-US": "All" },
  otherSheet: { "zh-CN": "其他", "en-US": "Other" },

  settingsTitle: { "zh-CN": "检查设置", "en-US": "Check settings" },
  settingsIntro: {
    "zh-CN": "设置保存在本工作簿中，随工作簿分发。留空的项目取“单位信息”工作表或默认值。",
    "en-US":
      "Settings are kept in this workbook and travel with it. Items left blank come from the 单位信息 sheet or the defaults.",
  },
  asOf: { "zh-CN": "检查基准日", "en-US": "Check as of" },
  asOfHint: { "zh-CN": "留空为今天", "en-US": "Blank: today" },
  asOfInvalid: {
    "zh-CN": "请按“2024-12-31”的格式填写日期",
    "en-US": "Enter a date like 2024-12-31",
  },
  year: { "zh-CN": "检查年度", "en-US": "Year" },
  yearHint: {
    "zh-CN": "留空取单位信息或台账日期",
    "en-US": "Blank: from 单位信息 or the ledger dates",
  },
  yearInvalid: {
    "zh-CN": "年度应为 2000 至 2100 之间的四位数字",
    "en-US": "The year must be a number from 2000 to 2100",
  },
  lectureFrequency: { "zh-CN": "党课频率", "en-US": "Party lecture frequency" },
  frequency_default: {
    "zh-CN": "按单位信息（默认每季度）",
    "en-US": "From 单位信息 (default quarterly)",
  },
  frequency_month: { "zh-CN": "每月", "en-US": "Monthly" },
  frequency_quarter: { "zh-CN": "每季度", "en-US": "Quarterly" },
  "frequency_half-year": { "zh-CN": "每半年", "en-US": "Half-yearly" },
  frequency_year: { "zh-CN": "每年", "en-US": "Yearly" },
  duesRounding: { "zh-CN": "应交党费取整", "en-US": "Dues rounding" },
  rounding_fen: { "zh-CN": "到分（0.01元）", "en-US": "To the fen (0.01 yuan)" },
  rounding_jiao: { "zh-CN": "到角（0.1元）", "en-US": "To the jiao (0.1 yuan)" },
  rounding_yuan: { "zh-CN": "到元", "en-US": "To the yuan" },
  reminderDays: { "zh-CN": "提前提醒天数", "en-US": "Reminder days" },
  reminderDaysHint: {
    "zh-CN": "期限前多少天开始提醒（默认15天）",
    "en-US": "How many days before a deadline to remind (default 15)",
  },
  reminderDaysInvalid: {
    "zh-CN": "提醒天数应为 0 至 366 之间的整数",
    "en-US": "Reminder days must be a whole number from 0 to 366",
  },
  rulesHeading: { "zh-CN": "检查规则", "en-US": "Rules" },
  ruleEnabled: { "zh-CN": "启用“{rule}”", "en-US": "Enable “{rule}”" },
  ruleSeverity: { "zh-CN": "“{rule}”的严重程度", "en-US": "Severity of “{rule}”" },
  save: { "zh-CN": "保存", "en-US": "Save" },
  resetDefaults: { "zh-CN": "恢复默认", "en-US": "Restore defaults" },
  close: { "zh-CN": "关闭", "en-US": "Close" },
} satisfies Record<string, Localized>;

export type MessageKey = keyof typeof MESSAGES;
