import { LEDGER_LABELS, explainRule, RULES, type RuleModule } from "../../engine";
import { element, escapeHtml, text } from "./html";

/** The anchor of a rule's entry, for links from elsewhere on the page. */
export const ruleAnchor = (id: string): string => `rule-${id}`;

/** One rule: what it requires, how to put a finding right, its default severity and basis. */
export function ruleEntry(rule: RuleModule): string {
  const explained = explainRule(rule.meta, "zh-CN");
  return element(
    "article",
    [
      text("h4", explained.title),
      element(
        "dl",
        [
          text("dt", "要求"),
          text("dd", explained.requirement),
          text("dt", "怎样改正"),
          text("dd", explained.fix),
          text("dt", "默认严重程度"),
          text("dd", explained.defaultSeverity),
          text("dt", "依据"),
          text("dd", explained.basis),
        ].join("")
      ),
    ].join(""),
    `class="rule" id="${escapeHtml(ruleAnchor(rule.meta.id))}"`
  );
}

/** Every rule of the registry, under its ledger, in the specification's order. */
export function rulesSection(): string {
  const ledgers = [...new Set(RULES.map((rule) => rule.meta.ledger))];
  const parts = ledgers.map((ledger) => {
    const rules = RULES.filter((rule) => rule.meta.ledger === ledger);
    return [
      text("h3", `${LEDGER_LABELS[ledger]["zh-CN"]}（${rules.length}条）`),
      ...rules.map(ruleEntry),
    ].join("");
  });
  return parts.join("");
}

/** The structure rules: each kind of structure problem, what it means and how to fix it. */
export function structureRules(): string {
  return RULES.filter((rule) => rule.meta.ledger === "structure")
    .map((rule) => {
      const explained = explainRule(rule.meta, "zh-CN");
      return element(
        "article",
        [
          text("h4", explained.title),
          text("p", explained.requirement),
          element("p", `<strong>怎样改正：</strong>${escapeHtml(explained.fix)}`),
        ].join(""),
        'class="rule"'
      );
    })
    .join("");
}
