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
