import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  CounterBadge,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Translate } from "../i18n/translate";
import type { SheetGroup } from "../model/findingView";
import { FindingButton } from "./FindingButton";
import { lookupRuleMeta, type Finding, LEDGER_LABELS, type Locale } from "../../engine";

const useStyles = makeStyles({
  headerText: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  name: { overflowWrap: "anywhere" },
  sheetName: { fontWeight: tokens.fontWeightSemibold },
  // Rules sit under their sheet, findings under their rule: a small step each, for a narrow pane.
  nested: { marginLeft: tokens.spacingHorizontalS },
  ledger: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  panel: { marginLeft: 0, marginRight: 0 },
});

export interface FindingGroupsProps {
  t: Translate;
  locale: Locale;
  groups: readonly SheetGroup[];
  onSelect(finding: Finding): void;
}

interface GroupTitleProps {
  name: string;
  detail?: string;
  count: number;
  strong?: boolean;
}

function GroupTitle({ name, detail, count, strong }: GroupTitleProps) {
  const styles = useStyles();
  return (
    <span className={styles.headerText}>
      <span className={mergeClasses(styles.name, strong && styles.sheetName)}>
        {name}
        {detail ? <span className={styles.ledger}> · {detail}</span> : null}
      </span>
      <CounterBadge
        count={count}
        overflowCount={9999}
        appearance="ghost"
        color="informative"
        size="small"
      />
    </span>
  );
}

/** Row findings by ledger sheet, then by rule, each level collapsible. */
export function FindingGroups({ t, locale, groups, onSelect }: FindingGroupsProps) {
  const styles = useStyles();
  const sheetKeys = groups.map((group) => group.sheet);
  return (
    <Accordion multiple collapsible defaultOpenItems={sheetKeys}>
      {groups.map((group) => {
        const ledgerLabel = group.ledger ? LEDGER_LABELS[group.ledger][locale] : undefined;
        const name = group.sheet || t("otherSheet");
        return (
          <AccordionItem key={group.sheet} value={group.sheet}>
            <AccordionHeader as="h3" expandIconPosition="start">
              <GroupTitle
                name={name}
                detail={ledgerLabel !== group.sheet ? ledgerLabel : undefined}
                count={group.count}
                strong
              />
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <Accordion
                className={styles.nested}
                multiple
                collapsible
                defaultOpenItems={group.rules.map((rule) => rule.ruleId)}
              >
                {group.rules.map((rule) => (
                  <AccordionItem key={rule.ruleId} value={rule.ruleId}>
                    <AccordionHeader as="h4" size="small" expandIconPosition="start">
                      <GroupTitle
                        name={lookupRuleMeta(rule.ruleId)?.title[locale] ?? rule.ruleId}
                        count={rule.findings.length}
                      />
                    </AccordionHeader>
                    <AccordionPanel className={styles.panel}>
                      <ul className={styles.list}>
                        {rule.findings.map((finding, index) => (
                          <li key={`${finding.row ?? ""}-${finding.column ?? ""}-${index}`}>
                            <FindingButton
                              t={t}
                              locale={locale}
                              finding={finding}
                              onSelect={onSelect}
                            />
                          </li>
                        ))}
                      </ul>
                    </AccordionPanel>
                  </AccordionItem>
                ))}
              </Accordion>
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
