import { formatTemplate } from "../i18n/formatTemplate";
import { ENGINE_TEXT } from "../i18n/labels";
import type { Locale } from "../i18n/locale";
import { renderClause } from "../rules/clause";
import type { RuleId } from "../rules/ruleIds";
import type { RuleMeta, RuleOptions } from "../rules/types";
import type { Finding, FindingData } from "./types";

export type RuleMetaLookup = (id: RuleId) => RuleMeta<RuleOptions> | undefined;

/** Renders one finding's message and basis. The one place findings become words. */
export function renderFinding(
  finding: FindingData,
  lookup: RuleMetaLookup,
  locale: Locale
): Finding {
  const meta = lookup(finding.ruleId);
  const template =
    meta?.messages[finding.messageId]?.[locale] ?? `${finding.ruleId}/${finding.messageId}`;
  let message = formatTemplate(template, finding.data, locale);
  if (finding.severity === "reminder" && finding.data.dueDate !== undefined) {
    message += formatTemplate(ENGINE_TEXT.reminderSuffix[locale], finding.data, locale);
  }
  return { ...finding, message, basis: meta ? renderClause(meta.clause, locale) : "" };
}

export function renderFindings(
  findings: readonly FindingData[],
  lookup: RuleMetaLookup,
  locale: Locale
): Finding[] {
  return findings.map((f) => renderFinding(f, lookup, locale));
}
