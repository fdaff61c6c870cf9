import { DEFAULT_SAMPLE_SEED, DEFAULT_SAMPLE_YEAR, type SampleProblem } from "./types";
import { formatPeriod, ruleById, type RuleId } from "../engine";

/** Table cells may not hold a pipe or a line break. */
const cell = (text: string | number | undefined): string =>
  text === undefined
    ? ""
    : String(text)
        .replace(/\|/g, "\\|")
        .replace(/\s*\n\s*/g, " ");

const titleOf = (id: RuleId, locale: "zh-CN" | "en-US"): string =>
  ruleById(id)?.meta.title[locale] ?? id;

function problemTable(problems: readonly SampleProblem[]): string[] {
  return [
    "| 编号 | 规则 | 台账 | 行 | 支部 | 人员 | 期间 | 问题说明 |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...problems.map((p) => {
      const cells = [
        p.id,
        `${titleOf(p.ruleId, "zh-CN")}<br>\`${p.ruleId}\``,
        p.sheet,
        p.row,
        p.branch,
        p.person,
        p.period === undefined ? undefined : formatPeriod(p.period, "zh-CN"),
        p.description,
      ].map(cell);
      return `| ${cells.join(" | ")} |`;
    }),
  ];
}

function ruleTable(problems: readonly SampleProblem[]): string[] {
  const counts = new Map<RuleId, string[]>();
  for (const p of problems) counts.set(p.ruleId, [...(counts.get(p.ruleId) ?? []), p.id]);
  return [
    "| Rule | Title | Problems |",
    "| --- | --- | --- |",
    ...[...counts].map(
      ([id, ids]) => `| \`${id}\` | ${cell(titleOf(id, "en-US"))} | ${ids.join(", ")} |`
    ),
  ];
}

/**
 * docs/sample-problems.md: the deliberate problems of the demonstration workbook, in Chinese with
 * an English summary. Generated from the problem list, so the doc cannot drift from the sample.
 */
export function renderSampleProblemsDoc(problems: readonly SampleProblem[]): string {
  const rules = new Set(problems.map((p) => p.ruleId));
  return [
    "# 示例台账问题清单 · Deliberate problems in the sample workbook",
    "",
    "<!-- 本文件由 src/sample/renderProblemsDoc.ts 生成，请勿手工修改。更新：UPDATE_SAMPLE_DOC=1 npx jest src/sample/renderProblemsDoc.test.ts -->",
    "",
    `示例工作簿（\`generateSample()\`，默认种子 ${DEFAULT_SAMPLE_SEED}、${DEFAULT_SAMPLE_YEAR} 年度）是虚构单位“上海市示范局机关党委”一整年的党建台账：4 个党支部、约 60 名党员，会议、党课、党费、培训台账逐月齐全。`,
    `除下表所列 ${problems.length} 个故意设置的问题外，其余记录均符合要求：检查这份工作簿，应当恰好报告这些问题，不多也不少。`,
    "“行”为标准模板中的工作表行号（第 1 行标题、第 2 行表头、第 3 行起为数据）；未列行号的是按支部、人员或期间统计的缺失事项，只在汇总表中列出。",
    "人员姓名和单位均为虚构。",
    "",
    ...problemTable(problems),
    "",
    "## English summary",
    "",
    `The demonstration workbook (\`generateSample()\` with the default seed ${DEFAULT_SAMPLE_SEED} and year ${DEFAULT_SAMPLE_YEAR}) is a full year of ledgers of a fictional municipal bureau's party committee: four branches, about sixty members, every meeting, lecture, dues payment and training of the year. It is sound except for the ${problems.length} deliberate problems above, which exercise ${rules.size} rules; checking it must report exactly these problems and nothing else. "行" is the sheet row in the standard template (title in row 1, headers in row 2, data from row 3); problems without a row are missing periods, reported in the summary sheet only. All names are invented.`,
    "",
    ...ruleTable(problems),
    "",
  ].join("\n");
}
