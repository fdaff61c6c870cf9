import { Text, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { ExcelHost, HostCheckOutcome } from "../excel/host";
import type { SelectedRow } from "../excel/selectionWatch";
import { ActionsMenu } from "./components/ActionsMenu";
import { CheckBar } from "./components/CheckBar";
import { CheckScope } from "./components/CheckScope";
import { Header } from "./components/Header";
import { NoticeBar } from "./components/NoticeBar";
import { Results } from "./components/Results";
import { useLedgerCheck } from "./hooks/useLedgerCheck";
import { translator } from "./i18n/translate";
import { scopeText } from "./model/checkScope";

const useStyles = makeStyles({
  app: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  intro: { color: tokens.colorNeutralForeground2 },
  busy: { color: tokens.colorNeutralForeground2 },
});

/** 设置 is opened now and then: its drawer, form and rule list load when first opened. */
const SettingsDrawer = React.lazy(() =>
  import("./components/SettingsDrawer").then((module) => ({ default: module.SettingsDrawer }))
);

/**
 * The year a check most likely looks at before any check has said: last year in its first quarter
 * (when departments close and report the year before), else the current one.
 */
function likelyYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) <= 3 ? year - 1 : year;
}

/** Whether the check put a note on the row (Notes API available and the row had a free cell). */
function noteOn(outcome: HostCheckOutcome, row: SelectedRow): boolean {
  return (
    outcome.notesWritten &&
    !outcome.notesSkipped.some((s) => s.sheet === row.sheet && s.row === row.row)
  );
}

export interface AppProps {
  host: ExcelHost;
}

/** The task pane: one check button, its progress, the outcome and the results. */
export function App({ host }: AppProps) {
  const styles = useStyles();
  const state = useLedgerCheck(host);
  const { locale, status, busy, ready, outcome, settings, notice, actions, today, selected } =
    state;
  const t = React.useMemo(() => translator(locale), [locale]);
  const [settingsOpen, setSettingsOpen] = React.useState(false);
  // Once opened, the drawer stays mounted so closing it animates and reopening is instant.
  const [settingsOpened, setSettingsOpened] = React.useState(false);
  const used = status.kind === "running" ? null : (outcome?.result.settings ?? null);
  const scope = scopeText(t, locale, settings, used, today);
  const acknowledge = React.useMemo(
    () => ({
      busy: busy !== null,
      onAcknowledge: actions.acknowledge,
      onWithdraw: actions.withdrawAcknowledgement,
    }),
    [busy, actions]
  );

  return (
    <main className={styles.app} lang={locale}>
      <Header
        t={t}
        locale={locale}
        settingsDisabled={!ready}
        onLanguage={actions.setLanguage}
        onSettings={() => {
          setSettingsOpened(true);
          setSettingsOpen(true);
        }}
      />
      {outcome === null && status.kind !== "running" ? (
        <Text className={styles.intro}>{t("intro")}</Text>
      ) : null}
      <CheckScope
        t={t}
        scope={scope}
        stored={{
          year: settings.year === undefined ? "" : String(settings.year),
          asOf: settings.asOf ?? "",
        }}
        today={today}
        yearForEnd={outcome?.result.settings.year ?? settings.year ?? likelyYear(today)}
        disabled={!ready}
        onChange={actions.changeScope}
      />
      <CheckBar
        t={t}
        status={status}
        ready={ready}
        onStart={actions.start}
        onCancel={actions.cancel}
      >
        <ActionsMenu
          t={t}
          disabled={!ready}
          onClear={actions.clear}
          onTemplate={actions.insertTemplate}
          onExport={actions.exportSummary}
          onRollup={actions.rollup}
        />
      </CheckBar>
      {busy !== null && busy !== "settings" ? (
        <Text role="status" className={styles.busy}>
          {t("working")}
        </Text>
      ) : null}
      {notice ? (
        <NoticeBar
          t={t}
          locale={locale}
          notice={notice}
          actionDisabled={!ready}
          onAction={(action) => {
            if (action === "insertTemplate") actions.insertTemplate();
            if (action === "recheck") actions.start();
          }}
          onDismiss={actions.dismissNotice}
        />
      ) : null}
      {outcome ? (
        <Results
          t={t}
          locale={locale}
          result={outcome.result}
          onSelect={actions.selectFinding}
          onShowSummary={actions.showSummary}
          acknowledge={acknowledge}
          onCopy={actions.copyBranch}
          onPrint={actions.printBranch}
          selected={selected && !noteOn(outcome, selected) ? selected : null}
        />
      ) : null}
      {settingsOpened ? (
        <React.Suspense fallback={null}>
          <SettingsDrawer
            t={t}
            locale={locale}
            open={settingsOpen}
            settings={settings}
            saving={busy === "settings"}
            onSave={actions.saveSettings}
            onClose={() => setSettingsOpen(false)}
          />
        </React.Suspense>
      ) : null}
    </main>
  );
}
