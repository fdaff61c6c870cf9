import {
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Dismiss16Regular, TableSimple20Regular } from "@fluentui/react-icons";
import * as React from "react";
import type { Translate } from "../i18n/translate";
import { branchReport } from "../model/branchReport";
import {
  buildFindingView,
  isFiltered,
  NO_FILTERS,
  paneFindings,
  type FindingFilters,
} from "../model/findingView";
import { BranchPrint, BranchTools } from "./BranchTools";
import { BranchGroups, FindingGroups, ReminderList } from "./FindingGroups";
import { Filters } from "./Filters";
import type { AcknowledgeActions } from "./FindingItem";
import { SettingChangesBar } from "./SettingChangesBar";
import { StructureBars } from "./StructureBars";
import { Totals } from "./Totals";
import { isoDate, type CheckResult, type Finding, type Locale } from "../../engine";

const useStyles = makeStyles({
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  summaryRow: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  selected: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  empty: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
});

export interface ResultsProps {
  t: Translate;
  locale: Locale;
  result: CheckResult;
  /** Selects a finding's row in the sheet (absent where no workbook is open). */
  onSelect?(finding: Finding): void;
  /** Brings the 汇总表 to the front. */
  onShowSummary?(): void;
  /** Explaining warnings (已说明); absent where they cannot be stored. */
  acknowledge?: AcknowledgeActions;
  /** Copies a branch's list as plain text; resolves false when the clipboard refused. */
  onCopy?(text: string, branch: string, count: number): Promise<boolean>;
  /** Prints the branch's list (BranchPrint) alone. */
  onPrint?(): void;
  /**
   * A row the user selected in the sheet whose findings the pane should spell out (where Excel
   * could not put them in a note); null or absent: none.
   */
  selected?: { sheet: string; row: number } | null;
}

/**
 * A check's results, most serious first: totals for the branch chosen, changed settings, structure
 * problems, then findings in rows by sheet and rule, missing activities by branch and reminders.
 * Props only: the add-in's pane and the browser checker page give it their own actions.
 */
export function Results({
  t,
  locale,
  result,
  onSelect,
  onShowSummary,
  acknowledge,
  onCopy,
  onPrint,
  selected,
}: ResultsProps) {
  const styles = useStyles();
  const [filters, setFilters] = React.useState<FindingFilters>(NO_FILTERS);
  const findings = React.useMemo(() => paneFindings(result, locale), [result, locale]);
  const view = React.useMemo(
    () => buildFindingView(findings, result.workbook, filters, result.branches),
    [findings, result.workbook, result.branches, filters]
  );
  const rowCount = view.rows.reduce((sum, group) => sum + group.count, 0);
  const periodCount = view.periods.reduce((sum, group) => sum + group.count, 0);
  const headed = (heading: string, count: number): string => t("headingCount", { heading, count });
  const branch = filters.branch;
  const report = React.useMemo(
    () =>
      branch === null
        ? null
        : branchReport(t, locale, findings, branch, {
            unitName: result.settings.unitName,
            year: result.settings.year,
            asOf: isoDate(result.settings.asOf),
          }),
    [t, locale, findings, branch, result.settings]
  );
  const nothingShown = findings.length > 0 && view.shown === 0;
  const onSelectedRow = selected
    ? findings.filter((f) => f.sheet === selected.sheet && f.row === selected.row)
    : [];

  return (
    <div className={styles.results}>
      <Totals
        t={t}
        locale={locale}
        totals={view.totals}
        selected={filters.severity}
        onSelect={(severity) => setFilters({ ...filters, severity })}
      />
      {view.acknowledged > 0 || onShowSummary ? (
        <div className={styles.summaryRow}>
          {view.acknowledged > 0 ? (
            <Text size={200} className={styles.muted}>
              {t("acknowledgedTotal", { count: view.acknowledged })}
            </Text>
          ) : (
            <span />
          )}
          {onShowSummary ? (
            <Button size="small" icon={<TableSimple20Regular />} onClick={onShowSummary}>
              {t("showSummary")}
            </Button>
          ) : null}
        </div>
      ) : null}
      {selected && onSelectedRow.length > 0 ? (
        <section
          className={styles.selected}
          aria-label={t("selectedRowHeading", { sheet: selected.sheet, row: selected.row })}
          aria-live="polite"
        >
          <h2 className={styles.heading}>
            {t("selectedRowHeading", { sheet: selected.sheet, row: selected.row })}
          </h2>
          <ReminderList t={t} locale={locale} findings={onSelectedRow} />
        </section>
      ) : null}
      <SettingChangesBar t={t} locale={locale} changes={result.settingChanges} />
      <StructureBars
        t={t}
        locale={locale}
        shape={view.shape}
        errors={result.errors}
        optionProblems={result.optionProblems}
        {...(onSelect ? { onSelect } : {})}
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
          {branch !== null && report && onCopy && onPrint ? (
            <BranchTools t={t} branch={branch} report={report} onCopy={onCopy} onPrint={onPrint} />
          ) : null}
          {nothingShown && isFiltered(filters) ? (
            <div className={styles.empty}>
              <Text>{t("noMatches")}</Text>
              <Button
                size="small"
                appearance="subtle"
                icon={<Dismiss16Regular />}
                onClick={() => setFilters(NO_FILTERS)}
              >
                {t("clearFilters")}
              </Button>
            </div>
          ) : null}
          {nothingShown && !isFiltered(filters) ? <Text>{t("noOtherFindings")}</Text> : null}
          {view.rows.length > 0 ? (
            <section
              className={styles.section}
              aria-label={headed(t("rowFindingsHeading"), rowCount)}
            >
              <h2 className={styles.heading}>{headed(t("rowFindingsHeading"), rowCount)}</h2>
              <FindingGroups
                key={`${filters.branch ?? ""}/${filters.severity ?? ""}`}
                t={t}
                locale={locale}
                groups={view.rows}
                {...(onSelect ? { onSelect } : {})}
                {...(acknowledge ? { acknowledge } : {})}
              />
            </section>
          ) : null}
          {view.periods.length > 0 ? (
            <section
              className={styles.section}
              aria-label={headed(t("periodHeading"), periodCount)}
            >
              <h2 className={styles.heading}>{headed(t("periodHeading"), periodCount)}</h2>
              <BranchGroups
                key={`${filters.branch ?? ""}/${filters.severity ?? ""}`}
                t={t}
                locale={locale}
                groups={view.periods}
                {...(acknowledge ? { acknowledge } : {})}
              />
            </section>
          ) : null}
          {view.reminders.length > 0 ? (
            <section
              className={styles.section}
              aria-label={headed(t("remindersHeading"), view.reminders.length)}
            >
              <h2 className={styles.heading}>
                {headed(t("remindersHeading"), view.reminders.length)}
              </h2>
              <ReminderList
                t={t}
                locale={locale}
                findings={view.reminders}
                {...(onSelect ? { onSelect } : {})}
              />
            </section>
          ) : null}
          {report ? <BranchPrint report={report} /> : null}
        </>
      )}
    </div>
  );
}
