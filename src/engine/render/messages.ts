import { type Formatter, formatTemplate } from "../i18n/formatTemplate";
import { ENGINE_TEXT } from "../i18n/labels";
import type { Locale } from "../i18n/locale";
import { renderClause } from "../rules/clause";
import type { RuleMeta } from "../rules/types";
import type { Finding, FindingData } from "../findings/types";
import { isRuleId, type RuleId, type RuleOptions } from "../basics";

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
  let message = formatTemplate(template, finding.data, locale, { rules: ruleTitles(lookup) });
  if (finding.severity === "reminder" && finding.data.dueDate !== undefined) {
    message += formatTemplate(ENGINE_TEXT.reminderSuffix[locale], finding.data, locale);
  }
  return { ...finding, message, basis: meta ? renderClause(meta.clause, locale) : "" };
}

/**
 * `{name:rules}`: rule ids separated by commas, as the rules' titles in quotes
 * (“按月交纳党费”“党费集中交纳日” / "Monthly dues payment", "Collection day").
 */
function ruleTitles(lookup: RuleMetaLookup): Formatter {
  return (value, locale) =>
    String(value)
      .split(",")
      .map((id) => {
        const title = isRuleId(id) ? lookup(id)?.title[locale] : undefined;
        return locale === "zh-CN" ? `“${title ?? id}”` : `"${title ?? id}"`;
      })
      .join(locale === "zh-CN" ? "" : ", ");
}

export function renderFindings(
  findings: readonly FindingData[],
  lookup: RuleMetaLookup,
  locale: Locale
): Finding[] {
  return findings.map((f) => renderFinding(f, lookup, locale));
}
