import { Text, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { ExcelHost } from "../excel/host";
import { ActionsMenu } from "./components/ActionsMenu";
import { CheckBar } from "./components/CheckBar";
import { Header } from "./components/Header";
import { NoticeBar } from "./components/NoticeBar";
import { Results } from "./components/Results";
import { SettingsDrawer } from "./components/SettingsDrawer";
import { useLedgerCheck } from "./hooks/useLedgerCheck";
import { translator } from "./i18n/translate";

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

export interface AppProps {
  host: ExcelHost;
}

/** The task pane: one check button, its progress, the outcome and the results. */
export function App({ host }: AppProps) {
  const styles = useStyles();
  const state = useLedgerCheck(host);
  const { locale, status, busy, ready, outcome, settings, notice, actions } = state;
  const t = React.useMemo(() => translator(locale), [locale]);
  const [settingsOpen, setSettingsOpen] = React.useState(false);

  return (
    <main className={styles.app} lang={locale}>
      <Header
        t={t}
        locale={locale}
        settingsDisabled={!ready}
        onLanguage={actions.setLanguage}
        onSettings={() => setSettingsOpen(true)}
      />
      {outcome === null && status.kind !== "running" ? (
        <Text className={styles.intro}>{t("intro")}</Text>
      ) : null}
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
          }}
          onDismiss={actions.dismissNotice}
        />
      ) : null}
      {outcome ? (
        <Results t={t} locale={locale} outcome={outcome} onSelect={actions.selectFinding} />
      ) : null}
      <SettingsDrawer
        t={t}
        locale={locale}
        open={settingsOpen}
        settings={settings}
        saving={busy === "settings"}
        onSave={actions.saveSettings}
        onClose={() => setSettingsOpen(false)}
      />
    </main>
  );
}
