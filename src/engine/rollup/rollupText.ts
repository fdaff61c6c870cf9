import { SEVERITY_HEADINGS } from "../i18n/labels";
import type { Localized } from "../i18n/locale";

/** Every text of the roll-up workbook, in both languages. */
export const ROLLUP_TEXT = {
  overviewSheet: { "zh-CN": "各单位汇总", "en-US": "Departments" },
  title: {
    "zh-CN": "{year}年度党建台账检查汇总（{count}个单位）",
    "en-US": "Party-Building Ledger Check Roll-up, {year} ({count} departments)",
  },
  titleMixedYears: {
    "zh-CN": "党建台账检查汇总（{count}个单位）",
    "en-US": "Party-Building Ledger Check Roll-up ({count} departments)",
  },
  info: {
    "zh-CN": "汇总时间：{createdAt}（北京时间）　　版本：{version}",
    "en-US": "Compiled {createdAt} (China Standard Time)  ·  Version {version}",
  },
  rank: { "zh-CN": "排名", "en-US": "Rank" },
  unit: { "zh-CN": "单位", "en-US": "Department" },
  year: { "zh-CN": "年度", "en-US": "Year" },
  asOf: { "zh-CN": "检查基准日", "en-US": "As of" },
  branches: { "zh-CN": "支部数", "en-US": "Branches" },
  ...SEVERITY_HEADINGS,
  compliance: { "zh-CN": "合规率", "en-US": "Compliance" },
  file: { "zh-CN": "来源文件", "en-US": "Source file" },
  acknowledged: { "zh-CN": "已说明", "en-US": "Explained" },
  settings: { "zh-CN": "检查设置", "en-US": "Check settings" },
  settingsAsWritten: { "zh-CN": "按规定检查", "en-US": "As written" },
  /** A summary from a version that did not yet state its settings. */
  settingsUnstated: { "zh-CN": "未注明", "en-US": "Not stated" },
  settingsOff: { "zh-CN": "未启用{count}项", "en-US": "{count} rules off" },
  settingsChanged: { "zh-CN": "调整{count}项", "en-US": "{count} changed" },
  separator: { "zh-CN": "，", "en-US": ", " },
  settingsTitle: {
    "zh-CN": "检查设置有调整的单位（{count}个）",
    "en-US": "Departments whose check departed from the rules as written ({count})",
  },
  settingsDetail: { "zh-CN": "调整内容", "en-US": "What was changed" },
  acknowledgedLine: {
    "zh-CN": "另有{count}条提示经本单位核实已说明，理由见该单位汇总表第五部分，仍计入合规率。",
    "en-US":
      "{count} more warnings were explained by the department (reasons in part 5 of its summary); they still count in the compliance rate.",
  },
  total: { "zh-CN": "合计", "en-US": "Total" },
  skippedTitle: {
    "zh-CN": "未纳入汇总的文件（{count}个）",
    "en-US": "Files left out of the roll-up ({count})",
  },
  skippedReason: { "zh-CN": "原因", "en-US": "Reason" },
  rankingNote: {
    "zh-CN": "排名按合规率从高到低；合规率相同的，不符合项少者在前。合规率无法计算的单位排在最后。",
    "en-US":
      "Ranked by compliance rate, highest first; ties go to fewer errors. Departments without a rate come last.",
  },
  /** Under the ranking, when a department's check departed from the rules as written. */
  rankingSettingsNote: {
    "zh-CN":
      "“检查设置”列标红的单位未按规定启用全部检查规则或调整了设置，其合规率与按规定检查的单位不可直接比较，调整内容见下表。",
    "en-US":
      "Departments marked red under Check settings switched rules off or changed settings; their compliance rates are not comparable with those checked as written (see the table below).",
  },
  departmentTitle: {
    "zh-CN": "{unit}{year}年度各支部落实情况（检查基准日：{asOf:date}）",
    "en-US": "{unit}: branches, {year} (as of {asOf:date})",
  },
  unnamedUnit: { "zh-CN": "（未填写单位名称）", "en-US": "(unit name not given)" },
  warningsTitle: { "zh-CN": "请注意", "en-US": "Please note" },
  duplicateUnit: {
    "zh-CN":
      "“{unit}”的汇总表出现了{count}次（{files}），可能重复报送，合计中也重复计算了；请核对后只保留一份。",
    "en-US":
      "“{unit}” sent {count} summaries ({files}): probably sent twice, and counted twice in the totals; keep one.",
  },
  mixedYears: {
    "zh-CN": "所汇总的汇总表年度不一致：{years}。请核对是否混入了其他年度的汇总表。",
    "en-US":
      "The summaries are of different years: {years}. Check that none of another year slipped in.",
  },
  yearFiles: { "zh-CN": "{year}年度：{files}", "en-US": "{year}: {files}" },
} satisfies Record<string, Localized>;
