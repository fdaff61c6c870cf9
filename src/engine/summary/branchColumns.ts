import { periodCount, periodsOfYear } from "../calendar/period";
import { chineseNumeral } from "../i18n/chineseNumeral";
import type { Locale } from "../i18n/locale";
import { RULES } from "../rules/registry";
import type { BranchColumn } from "../rules/types";
import type { RuleId } from "../basics";

/** A rule column of the branch table, placed on the summary's grid. */
export interface TableColumn extends BranchColumn {
  ruleId: RuleId;
  /** The first grid column (0-based) and how many it takes (a `periods` column: one per period). */
  first: number;
  span: number;
  /** The period keys of a `periods` column for a year, left to right ("2024-Q1"…). */
  periodKeys(year: number): string[];
  /** Their sub-headers ("一季度" / "Q1"…). */
  periodLabels(locale: Locale): string[];
}

/** The grid's fixed columns around the rule columns: 支部; 不符合, 提示, 合规率. */
const BRANCH_WIDTH = 18;
const COUNT_WIDTHS = [7, 7, 9];

/**
 * The branch table's columns, derived from the registry: every rule whose metadata has a
 * `summary` place, in `order`, after 支部 and before the counts. A new rule with a `summary`
 * entry gets its column without the summary code naming it.
 */
export function branchTableColumns(
  metas: readonly { id: RuleId; summary?: BranchColumn }[] = RULES.map((r) => r.meta)
): { columns: TableColumn[]; widths: number[] } {
  const placed = metas
    .flatMap((meta) => (meta.summary ? [{ ruleId: meta.id, ...meta.summary }] : []))
    .sort((a, b) => a.order - b.order);
  const widths = [BRANCH_WIDTH];
  const columns = placed.map((column): TableColumn => {
    const { show } = column;
    const span = show.kind === "periods" ? periodCount(show.frequency) : 1;
    const first = widths.length;
    for (let i = 0; i < span; i++) widths.push(column.width);
    return {
      ...column,
      first,
      span,
      periodKeys: (year) =>
        show.kind === "periods" ? periodsOfYear(show.frequency, year).map((p) => p.key) : [],
      periodLabels: (locale) =>
        Array.from({ length: show.kind === "periods" ? span : 0 }, (_, i) =>
          locale === "zh-CN" ? `${chineseNumeral(i + 1)}季度` : `Q${i + 1}`
        ),
    };
  });
  widths.push(...COUNT_WIDTHS);
  return { columns, widths };
}
