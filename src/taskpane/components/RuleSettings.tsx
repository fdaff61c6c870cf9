import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Dropdown,
  Option,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Translate } from "../i18n/translate";
import { isSeverity, type RuleChoice } from "../model/settingsForm";
import {
  LEDGER_LABELS,
  SEVERITY_LABELS,
  type Locale,
  type LedgerId,
  RULES,
  SEVERITIES,
  type RuleId,
} from "../../engine";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  rule: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  switch: { flexGrow: 1, minWidth: "150px" },
  // Pushed to the right when it wraps below a long rule title, so the titles line up.
  severity: { minWidth: "96px", width: "96px", marginLeft: "auto" },
});

/** The rules of each ledger, in the registry's (specification.md) order. */
function rulesByLedger(): [LedgerId | "structure", RuleId[]][] {
  const groups = new Map<LedgerId | "structure", RuleId[]>();
  for (const rule of RULES) {
    const list = groups.get(rule.meta.ledger) ?? [];
    list.push(rule.meta.id);
    groups.set(rule.meta.ledger, list);
  }
  return [...groups];
}

const GROUPS = rulesByLedger();
const TITLES = new Map(RULES.map((rule) => [rule.meta.id, rule.meta.title]));

export interface RuleSettingsProps {
  t: Translate;
  locale: Locale;
  rules: Readonly<Record<RuleId, RuleChoice>>;
  onChange(ruleId: RuleId, choice: RuleChoice): void;
}

/** Each rule on or off and its severity, grouped by ledger. */
export function RuleSettings({ t, locale, rules, onChange }: RuleSettingsProps) {
  const styles = useStyles();
  return (
    <Accordion multiple collapsible>
      {GROUPS.map(([ledger, ids]) => (
        <AccordionItem key={ledger} value={ledger}>
          <AccordionHeader as="h3" size="small">
            {LEDGER_LABELS[ledger][locale]}
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {ids.map((id) => {
                const choice = rules[id];
                const title = TITLES.get(id)?.[locale] ?? id;
                return (
                  <li key={id} className={styles.rule}>
                    <Switch
                      className={styles.switch}
                      label={title}
                      checked={choice.enabled}
                      aria-label={t("ruleEnabled", { rule: title })}
                      onChange={(_, data) => onChange(id, { ...choice, enabled: data.checked })}
                    />
                    <Dropdown
                      className={styles.severity}
                      size="small"
                      aria-label={t("ruleSeverity", { rule: title })}
                      disabled={!choice.enabled}
                      value={SEVERITY_LABELS[choice.severity][locale]}
                      selectedOptions={[choice.severity]}
                      onOptionSelect={(_, data) => {
                        const value = data.optionValue ?? "";
                        if (isSeverity(value)) onChange(id, { ...choice, severity: value });
                      }}
                    >
                      {SEVERITIES.map((severity) => (
                        <Option key={severity} value={severity}>
                          {SEVERITY_LABELS[severity][locale]}
                        </Option>
                      ))}
                    </Dropdown>
                  </li>
                );
              })}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
