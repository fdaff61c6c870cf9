import { type Formatter, formatTemplate } from "../i18n/formatTemplate";
import { ENGINE_TEXT, HIGHLIGHT_TEXT, SEVERITY_LABELS, SUMMARY_TEXT } from "../i18n/labels";
import type { Locale } from "../i18n/locale";
import { renderClause } from "../rules/clause";
import type { RuleMeta } from "../rules/types";
import type { Finding, FindingData } from "../findings/types";
import { isRuleId, type RuleId, type RuleOptions } from "../basics";

export type RuleMetaLookup = (id: RuleId) => RuleMeta<RuleOptions> | undefined;

/**
 * The one module where the engine's messages become words: a finding's message and basis, its line
 * in a ledger row's note, and its text on the 汇总表. Everything else hands findings on as data.
 */

/** Renders one finding's message and basis. */
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

/**
 * A finding's text for the summary, which is emailed upward: the rule's summary-safe variant when
 * it has one; otherwise its message with every amount left out, so no figure derived from a
 * member's income can leak even from a rule that forgot its variant. Reminders carry no "due"
 * suffix here: the reminder table has its own due-date column.
 */
export function summaryMessage(
  finding: FindingData,
  meta: RuleMeta<RuleOptions> | undefined,
  locale: Locale
): string {
  const safe = meta?.summaryMessages?.[finding.messageId]?.[locale];
  const plain = meta?.messages[finding.messageId]?.[locale];
  if (safe === undefined && plain === undefined) return `${finding.ruleId}/${finding.messageId}`;
  const template =
    safe ?? (plain ?? "").replace(/\{\w+:amount\}/g, SUMMARY_TEXT.amountOmitted[locale]);
  return formatTemplate(template, finding.data, locale);
}

/** "【不符合】实到会有表决权人数4人，未超过应到10人的半数（依据：…）" */
export function noteLine(finding: Finding, locale: Locale): string {
  const template = finding.basis
    ? HIGHLIGHT_TEXT.noteLine[locale]
    : HIGHLIGHT_TEXT.noteLineWithoutBasis[locale];
  const severity = SEVERITY_LABELS[finding.severity][locale];
  return formatTemplate(
    template,
    { severity, message: finding.message, basis: finding.basis },
    locale
  );
}

/** "规则“…”运行出错，已跳过：…": a rule that threw, named by its title. */
export function ruleFailedMessage(
  error: { ruleId: RuleId; message: string },
  lookup: RuleMetaLookup,
  locale: Locale
): string {
  const rule = lookup(error.ruleId)?.title[locale] ?? error.ruleId;
  return formatTemplate(ENGINE_TEXT.ruleFailed[locale], { rule, message: error.message }, locale);
}
