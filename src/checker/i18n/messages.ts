import { type Localized } from "../../engine";

/**
 * The checker page's own strings, zh-CN first. What the page shares with the task pane (the results,
 * the settings, progress, cancel) is worded by the pane's messages (src/taskpane/i18n/messages.ts).
 */
export const CHECKER_MESSAGES = {
  pageIntro: {
    "zh-CN":
      "没有 Microsoft 365 也能检查：把台账工作簿（.xlsx、.xlsm）拖到下面，或点“选择文件”。检查在本机浏览器中完成，文件不会上传，台账内容不会被修改。",
    "en-US":
      "Check without Microsoft 365: drop ledger workbooks (.xlsx, .xlsm) below, or choose Pick files. The check runs in this browser on this computer; nothing is uploaded and the ledgers are not changed.",
  },
  dropHere: {
    "zh-CN": "将一个或多个工作簿拖放到此处",
    "en-US": "Drop one or more workbooks here",
  },
  pickFiles: { "zh-CN": "选择文件", "en-US": "Pick files" },
  pickFilesLabel: {
    "zh-CN": "选择要检查的台账工作簿",
    "en-US": "Choose the ledger workbooks to check",
  },
  filesHeading: { "zh-CN": "工作簿", "en-US": "Workbooks" },
  queued: { "zh-CN": "等待检查", "en-US": "Waiting" },
  cancelled: { "zh-CN": "已取消检查", "en-US": "Check cancelled" },
  totalsLine: {
    "zh-CN": "不符合 {error}，提示 {warning}，提醒 {reminder}，无法识别 {unreadable}",
    "en-US": "Errors {error}, warnings {warning}, reminders {reminder}, unreadable {unreadable}",
  },
  checkedWith: {
    "zh-CN": "{year}年度，检查基准日 {asOf}",
    "en-US": "{year}, as of {asOf}",
  },
  source_browser: {
    "zh-CN": "使用本浏览器为此文件保存的设置",
    "en-US": "with the settings this browser keeps for this file",
  },
  source_workbook: {
    "zh-CN": "使用工作簿中加载项保存的设置",
    "en-US": "with the settings the add-in saved in the workbook",
  },
  source_defaults: { "zh-CN": "使用默认设置", "en-US": "with the default settings" },
  show: { "zh-CN": "查看结果", "en-US": "Show results" },
  showing: { "zh-CN": "正在查看", "en-US": "Shown below" },
  remove: { "zh-CN": "移除", "en-US": "Remove" },
  removeFile: { "zh-CN": "移除“{file}”", "en-US": "Remove “{file}”" },
  recheck: { "zh-CN": "重新检查", "en-US": "Check again" },
  downloadChecked: { "zh-CN": "下载检查结果", "en-US": "Download checked copy" },
  downloadSummary: { "zh-CN": "下载汇总表", "en-US": "Download summary" },
  downloadTemplate: { "zh-CN": "下载标准模板", "en-US": "Download template" },
  rollup: { "zh-CN": "汇总各单位", "en-US": "Roll up departments" },
  rollupHint: {
    "zh-CN": "汇总上面所有工作簿：已检查的用其汇总表，未检查过的用本页的检查结果。",
    "en-US":
      "Rolls up every workbook above: a checked one by its summary, any other by this page's check.",
  },
  resultsFor: { "zh-CN": "“{file}”的检查结果", "en-US": "Results for “{file}”" },
  settingsFor: { "zh-CN": "设置（{file}）", "en-US": "Settings ({file})" },
  settingsSavedRechecking: {
    "zh-CN":
      "设置已保存在本浏览器中，正在按新设置重新检查“{file}”。下载的检查结果中也会保存这些设置。",
    "en-US":
      "The settings are kept in this browser; “{file}” is being checked again with them. A downloaded checked copy keeps them too.",
  },
  downloaded: { "zh-CN": "已下载“{file}”。", "en-US": "“{file}” downloaded." },
  rollupDone: {
    "zh-CN": "已下载汇总工作簿“{file}”（{count}个单位）。",
    "en-US": "The roll-up “{file}” was downloaded ({count} departments).",
  },
  rollupSkipped: {
    "zh-CN": "未纳入汇总：{file}（{reason}）",
    "en-US": "Left out: {file} ({reason})",
  },
  rollupNothing: {
    "zh-CN": "没有可汇总的工作簿：上面的文件都没有汇总表，也都未能检查。",
    "en-US": "Nothing to roll up: none of the workbooks above has a summary or could be checked.",
  },
  rollupNoSummary: {
    "zh-CN": "文件中没有党建台账检查生成的汇总表，在本页也未能检查",
    "en-US": "the file holds no summary made by Party Ledger Check and could not be checked here",
  },
  rollupInvalid: {
    "zh-CN": "汇总表中的数据已损坏、被改动或含有不允许的内容（{detail}），请重新检查后再上报",
    "en-US":
      "the summary's data is damaged, was edited or holds what is not allowed ({detail}); check the workbook again",
  },
  noLedger: {
    "zh-CN":
      "文件“{file}”中没有找到党建台账工作表（会议台账、党课台账、党费台账、培训台账），未作检查。请下载标准模板，把台账填入或粘贴到同名工作表后再检查；已有台账的，也可将工作表改为上述名称。",
    "en-US":
      "No party ledger sheet (meetings, lectures, dues, training) was found in “{file}”; it was not checked. Download the template and fill in or paste the ledgers under its sheet names, or rename your own sheets to them, and check again.",
  },
  summaryOnly: {
    "zh-CN": "文件“{file}”只有汇总表，没有台账工作表；可以用于“汇总各单位”。",
    "en-US": "“{file}” holds only a summary, no ledger sheet; it can be rolled up.",
  },
  workerFailed: {
    "zh-CN": "检查“{file}”时出错：{reason}",
    "en-US": "Something went wrong checking “{file}”: {reason}",
  },
  rowTitle: { "zh-CN": "{sheet} 第{row}行", "en-US": "{sheet}, row {row}" },
  rowIntro: {
    "zh-CN": "该行各单元格的内容（有问题的单元格已突出显示）：",
    "en-US": "The cells of the row (the cell the finding names is highlighted):",
  },
  rowColumn: { "zh-CN": "列", "en-US": "Column" },
  rowHeader: { "zh-CN": "表头", "en-US": "Header" },
  rowValue: { "zh-CN": "内容", "en-US": "Content" },
  rowEmpty: { "zh-CN": "（该行没有内容）", "en-US": "(the row is empty)" },
  templateTitle: { "zh-CN": "下载标准模板", "en-US": "Download the standard template" },
  templateYear: { "zh-CN": "年度", "en-US": "Year" },
  templateUnit: { "zh-CN": "单位名称（可不填）", "en-US": "Unit name (optional)" },
  templateYearInvalid: {
    "zh-CN": "请填写 2000–2100 之间的四位年份，或留空。",
    "en-US": "Enter a four-digit year from 2000 to 2100, or leave it blank.",
  },
  download: { "zh-CN": "下载", "en-US": "Download" },
  privacy: {
    "zh-CN": "所有文件只在本机浏览器中读取和检查，本页面不向任何服务器发送文件内容。",
    "en-US":
      "Every file is read and checked in this browser only; this page sends no file content to any server.",
  },
} satisfies Record<string, Localized>;

export type CheckerMessageKey = keyof typeof CHECKER_MESSAGES;
