import { LEDGER_LABELS, SEVERITY_LABELS } from "../i18n/labels";
import type { Locale } from "../i18n/locale";
import { renderClause, renderClauseCompact } from "./clause";
import type { RuleId, RuleOptions } from "../basics";
import type { RuleMeta } from "./types";

/**
 * What a rule is and how to put its findings right, in one language: the pane's "这条规定是什么、
 * 怎样改正", help.html's rule list and docs/rules.md all render this, so none can drift from the
 * rule's own metadata.
 */
export interface RuleExplanation {
  id: RuleId;
  title: string;
  /** The ledger the rule belongs to (会议台账…, or 表格结构). */
  ledger: string;
  /** The severity the rule reports at unless a workbook's settings change it. */
  defaultSeverity: string;
  /** 这条规定是什么. */
  requirement: string;
  /** The full citation, documents by their full titles. */
  basis: string;
  /** The short citation the 汇总表's narrow 依据 column uses. */
  basisShort: string;
  /** 怎样改正. */
  fix: string;
}

export function explainRule(meta: RuleMeta<RuleOptions>, locale: Locale): RuleExplanation {
  return {
    id: meta.id,
    title: meta.title[locale],
    ledger: LEDGER_LABELS[meta.ledger][locale],
    defaultSeverity: SEVERITY_LABELS[meta.defaultSeverity][locale],
    requirement: meta.description[locale],
    basis: renderClause(meta.clause, locale),
    basisShort: renderClauseCompact(meta.clause, locale),
    fix: meta.fix[locale],
  };
}
