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
import type { BranchGroup, PaneFinding, SheetGroup } from "../model/findingView";
import { FindingItem, type AcknowledgeActions } from "./FindingItem";
import { SeverityTag } from "./SeverityTag";
import {
  lookupRuleMeta,
  type Finding,
  LEDGER_LABELS,
  type Locale,
  type Severity,
} from "../../engine";

const useStyles = makeStyles({
  headerText: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  name: { overflowWrap: "anywhere" },
  strong: { fontWeight: tokens.fontWeightSemibold },
  // Rules sit under their sheet, findings under their rule: a small step each, for a narrow pane.
  nested: { marginLeft: tokens.spacingHorizontalS },
  ledger: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  panel: { marginLeft: 0, marginRight: 0 },
});

interface GroupTitleProps {
  locale: Locale;
  name: string;
  detail?: string;
  count: number;
  /** The group's most serious severity, in words and an icon. */
  severity?: Severity;
  strong?: boolean;
}

function GroupTitle({ locale, name, detail, count, severity, strong }: GroupTitleProps) {
  const styles = useStyles();
  return (
    <span className={styles.headerText}>
      {severity ? <SeverityTag locale={locale} severity={severity} /> : null}
      <span className={mergeClasses(styles.name, strong && styles.strong)}>
        {name}
        {detail ? <span className={styles.ledger}> · {detail}</span> : null}
      </span>
      <CounterBadge
        count={count}
        overflowCount={9999}
        showZero
        appearance="ghost"
        color="informative"
        size="small"
      />
    </span>
  );
}

interface FindingListProps {
  t: Translate;
  locale: Locale;
  findings: readonly PaneFinding[];
  onSelect?(finding: Finding): void;
  acknowledge?: AcknowledgeActions;
}

function FindingList({ t, locale, findings, onSelect, acknowledge }: FindingListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {findings.map((finding, index) => (
        <li
          key={`${finding.ruleId}-${finding.row ?? ""}-${finding.period ?? ""}-${finding.person ?? ""}-${index}`}
        >
          <FindingItem
            t={t}
            locale={locale}
            finding={finding}
            {...(onSelect ? { onSelect } : {})}
            {...(acknowledge ? { acknowledge } : {})}
          />
        </li>
      ))}
    </ul>
  );
}

export interface FindingGroupsProps {
  t: Translate;
  locale: Locale;
  groups: readonly SheetGroup[];
  onSelect?(finding: Finding): void;
  acknowledge?: AcknowledgeActions;
}

/** Row findings by ledger sheet, then by rule and severity, most serious first; each collapsible. */
export function FindingGroups({ t, locale, groups, onSelect, acknowledge }: FindingGroupsProps) {
  const styles = useStyles();
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.map((group) => group.sheet)}>
      {groups.map((group) => {
        const ledgerLabel = group.ledger ? LEDGER_LABELS[group.ledger][locale] : undefined;
        return (
          <AccordionItem key={group.sheet} value={group.sheet}>
            <AccordionHeader as="h3" expandIconPosition="start">
              <GroupTitle
                locale={locale}
                name={group.sheet || t("otherSheet")}
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
                defaultOpenItems={group.rules.map((rule) => `${rule.ruleId}/${rule.severity}`)}
              >
                {group.rules.map((rule) => (
                  <AccordionItem
                    key={`${rule.ruleId}/${rule.severity}`}
                    value={`${rule.ruleId}/${rule.severity}`}
                  >
                    <AccordionHeader as="h4" size="small" expandIconPosition="start">
                      <GroupTitle
                        locale={locale}
                        name={lookupRuleMeta(rule.ruleId)?.title[locale] ?? rule.ruleId}
                        count={rule.open}
                        severity={rule.severity}
                      />
                    </AccordionHeader>
                    <AccordionPanel className={styles.panel}>
                      <FindingList
                        t={t}
                        locale={locale}
                        findings={rule.findings}
                        {...(onSelect ? { onSelect } : {})}
                        {...(acknowledge ? { acknowledge } : {})}
                      />
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

export interface BranchGroupsProps {
  t: Translate;
  locale: Locale;
  groups: readonly BranchGroup[];
  acknowledge?: AcknowledgeActions;
}

/** Missing activities (缺失事项) by branch, the department's own first, most serious first within. */
export function BranchGroups({ t, locale, groups, acknowledge }: BranchGroupsProps) {
  const styles = useStyles();
  const value = (group: BranchGroup): string => group.branch ?? "";
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.map(value)}>
      {groups.map((group) => (
        <AccordionItem key={value(group)} value={value(group)}>
          <AccordionHeader as="h3" size="small" expandIconPosition="start">
            <GroupTitle
              locale={locale}
              name={group.branch ?? t("unitLevel")}
              count={group.count}
              {...(group.count > 0 ? { severity: group.worst } : {})}
              strong
            />
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <FindingList
              t={t}
              locale={locale}
              findings={group.findings}
              {...(acknowledge ? { acknowledge } : {})}
            />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

export interface ReminderListProps {
  t: Translate;
  locale: Locale;
  findings: readonly PaneFinding[];
  onSelect?(finding: Finding): void;
}

/** Reminders (提醒): not findings, earliest due first; one about a row (a 换届 due) selects it. */
export function ReminderList({ t, locale, findings, onSelect }: ReminderListProps) {
  return (
    <FindingList t={t} locale={locale} findings={findings} {...(onSelect ? { onSelect } : {})} />
  );
}
