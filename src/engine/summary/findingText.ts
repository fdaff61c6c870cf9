import type { RuleMetaLookup } from "../render/messages";
import type { FindingData } from "../findings/types";
import type { RuleOptions, Severity } from "../basics";
import type { Locale } from "../i18n/locale";
import type { LedgerId } from "../model/ledgers";
import { renderClauseCompact } from "../rules/clause";
import type { RuleMeta } from "../rules/types";
import { LEDGER_SCHEMAS } from "../schema/ledgerSchemas";
import type { LedgerRows } from "./ledgerRows";
import { sheetAddress, type RowLink } from "../workbook/sheetModel";

/** How the summary's sheets say what a finding is, where it lies and what it rests on. */

type Meta = RuleMeta<RuleOptions>;

/** The internal hyperlink address of a ledger row; the sheet name is always quoted. */
export function rowLink(sheet: string, row: number): RowLink {
  return { sheet, row, address: sheetAddress(sheet, `A${row}`) };
}

/** The compact citation: the 依据 column is narrow, and the full titles sit in every note. */
export function basisOf(meta: Meta | undefined, locale: Locale): string {
  return meta ? renderClauseCompact(meta.clause, locale) : "";
}

const LEDGER_OF_TEMPLATE_SHEET = new Map(LEDGER_SCHEMAS.map((s) => [s.sheet, s.id]));

/**
 * The ledger a finding counts under: its rule's; for the structure rules the sheet's, and for a
 * missing sheet the ledger it names (a missing 会议台账 is the meetings ledger's problem). What is
 * left ("structure") concerns the workbook as a whole.
 */
export function ledgerOf(
  finding: FindingData,
  lookup: RuleMetaLookup,
  rows: LedgerRows
): LedgerId | "structure" {
  const ruleLedger = lookup(finding.ruleId)?.ledger ?? "structure";
  if (ruleLedger !== "structure") return ruleLedger;
  if (finding.sheet !== null) return rows.ledgerOfSheet(finding.sheet) ?? "structure";
  const named = finding.data.sheet;
  return (
    (typeof named === "string" ? LEDGER_OF_TEMPLATE_SHEET.get(named) : undefined) ?? "structure"
  );
}

const LIST_ORDER: Partial<Record<Severity, number>> = { error: 0, warning: 1, unreadable: 2 };

/** The findings the 问题清单 lists (explained ones go to part 5 of the 汇总表): errors, then warnings, then unreadable cells; within each, the engine's (rule) order. */
export function listedFindings(findings: readonly FindingData[]): FindingData[] {
  return findings
    .filter((f) => f.severity !== "reminder" && !f.acknowledged)
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (LIST_ORDER[a.f.severity] ?? 9) - (LIST_ORDER[b.f.severity] ?? 9) || a.i - b.i)
    .map(({ f }) => f);
}
