import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { HostCheckOutcome } from "../../excel/host";
import type { Translate } from "../i18n/translate";
import {
  buildFindingView,
  localizeFindings,
  NO_FILTERS,
  type FindingFilters,
} from "../model/findingView";
import { FindingGroups } from "./FindingGroups";
import { Filters } from "./Filters";
import { PeriodList } from "./PeriodList";
import { StructureBars } from "./StructureBars";
import { Totals } from "./Totals";
import type { Finding, Locale } from "../../engine";

const useStyles = makeStyles({
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export interface ResultsProps {
  t: Translate;
  locale: Locale;
  outcome: HostCheckOutcome;
  onSelect(finding: Finding): void;
}

/** The last check's results: totals, structure problems, then findings by ledger and rule. */
export function Results({ t, locale, outcome, onSelect }: ResultsProps) {
  const styles = useStyles();
  const { result } = outcome;
  const [filters, setFilters] = React.useState<FindingFilters>(NO_FILTERS);
  const findings = React.useMemo(() => localizeFindings(result.findings, locale), [result, locale]);
  const view = React.useMemo(
    () => buildFindingView(findings, result.workbook, filters),
    [findings, result.workbook, filters]
  );
  const rowCount = view.rows.reduce((sum, group) => sum + group.count, 0);
  const headed = (heading: string, count: number): string => t("headingCount", { heading, count });

  return (
    <div className={styles.results}>
      <Totals
        t={t}
        locale={locale}
        totals={result.totals}
        selected={filters.severity}
        onSelect={(severity) => setFilters({ ...filters, severity })}
      />
      <StructureBars
        t={t}
        locale={locale}
        shape={view.shape}
        errors={result.errors}
        optionProblems={result.optionProblems}
        onSelect={onSelect}
      />
      {findings.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t("noFindings")}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Filters
            t={t}
            locale={locale}
            branches={result.branches}
            filters={filters}
            onChange={setFilters}
          />
          {view.shown === 0 ? <Text>{t("noMatches")}</Text> : null}
          {rowCount > 0 ? (
            <section aria-label={t("rowFindingsHeading")}>
              <h2 className={styles.heading}>{headed(t("rowFindingsHeading"), rowCount)}</h2>
              <FindingGroups
                key={`${filters.branch ?? ""}/${filters.severity ?? ""}`}
                t={t}
                locale={locale}
                groups={view.rows}
                onSelect={onSelect}
              />
            </section>
          ) : null}
          <PeriodList
            heading={headed(t("periodHeading"), view.periods.length)}
            locale={locale}
            findings={view.periods}
          />
          <PeriodList
            heading={headed(t("remindersHeading"), view.reminders.length)}
            locale={locale}
            findings={view.reminders}
          />
        </>
      )}
    </div>
  );
}
