import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { TableStackAbove20Regular } from "@fluentui/react-icons";
import * as React from "react";
import type { StoredSettings } from "../excel/host";
import { Header } from "../taskpane/components/Header";
import { NoticeBar } from "../taskpane/components/NoticeBar";
import { SettingsDrawer } from "../taskpane/components/SettingsDrawer";
import { translator } from "../taskpane/i18n/translate";
import { DropZone } from "./components/DropZone";
import { FileList } from "./components/FileList";
import { FilePanel } from "./components/FilePanel";
import { RowDialog } from "./components/RowDialog";
import { TemplateDialog } from "./components/TemplateDialog";
import { useChecker } from "./hooks/useChecker";
import { checkerTranslator } from "./i18n/translate";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    maxWidth: "960px",
    margin: "0 auto",
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    boxSizing: "border-box",
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  muted: { color: tokens.colorNeutralForeground2 },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The checker page: drop workbooks, see each one's check, download and roll up. */
export function CheckerApp() {
  const styles = useStyles();
  const { locale, files, selected, busy, notice, row, actions } = useChecker();
  const t = React.useMemo(() => translator(locale), [locale]);
  const tc = React.useMemo(() => checkerTranslator(locale), [locale]);
  const [settingsOpen, setSettingsOpen] = React.useState(false);
  const [settingsFor, setSettingsFor] = React.useState<{
    key: string;
    settings: StoredSettings;
  } | null>(null);
  const current = files.find((f) => f.key === selected);
  const checked = current?.status.kind === "checked" ? current.status.checked : null;
  const openSettings = (): void => {
    if (!current || !checked) return;
    setSettingsFor({ key: current.key, settings: checked.settings });
    setSettingsOpen(true);
  };

  return (
    <main className={styles.page} lang={locale}>
      <Header
        t={t}
        locale={locale}
        settingsDisabled={!checked || busy}
        onLanguage={actions.setLanguage}
        onSettings={openSettings}
      />
      <Text>{tc("pageIntro")}</Text>
      <DropZone tc={tc} onFiles={actions.addFiles} />
      <Text size={200} className={styles.muted}>
        {tc("privacy")}
      </Text>
      <div className={styles.toolbar}>
        <TemplateDialog t={t} tc={tc} disabled={busy} onDownload={actions.downloadTemplate} />
        <Button
          icon={<TableStackAbove20Regular />}
          disabled={busy || files.length === 0}
          onClick={actions.rollup}
          title={tc("rollupHint")}
        >
          {tc("rollup")}
        </Button>
      </div>
      {busy ? (
        <Text role="status" className={styles.muted}>
          {t("working")}
        </Text>
      ) : null}
      {notice ? (
        <NoticeBar
          t={t}
          locale={locale}
          notice={notice}
          actionDisabled
          onAction={() => undefined}
          onDismiss={actions.dismissNotice}
        />
      ) : null}
      {files.length > 0 ? (
        <section className={styles.section}>
          <h2 className={styles.heading}>{tc("filesHeading")}</h2>
          <FileList
            t={t}
            tc={tc}
            locale={locale}
            files={files}
            selected={selected}
            onSelect={actions.select}
            onCancel={actions.cancel}
            onRecheck={actions.recheck}
            onRemove={actions.remove}
          />
        </section>
      ) : null}
      {current && checked ? (
        <FilePanel
          key={current.key}
          t={t}
          tc={tc}
          locale={locale}
          name={current.name}
          checked={checked}
          busy={busy}
          onDownloadCopy={() => actions.downloadCopy(current.key)}
          onDownloadSummary={() => actions.downloadSummary(current.key)}
          onSettings={openSettings}
          onRecheck={() => actions.recheck(current.key)}
          onSelect={(finding) => actions.showRow(current.key, finding)}
        />
      ) : null}
      {/* The drawer is mounted from its first opening on (it then closes as Fluent closes it,
          also when saving starts a new check), the dialogs only while open: a Fluent modal that was
          never opened would still put focus traps around the page, which axe rightly flags. */}
      {settingsFor ? (
        <SettingsDrawer
          t={t}
          locale={locale}
          open={settingsOpen}
          settings={settingsFor.settings}
          saving={false}
          onSave={(settings) => actions.saveSettings(settingsFor.key, settings)}
          onClose={() => setSettingsOpen(false)}
        />
      ) : null}
      {row ? <RowDialog t={t} tc={tc} row={row} onClose={actions.closeRow} /> : null}
    </main>
  );
}
