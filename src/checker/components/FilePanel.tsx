import { Button, makeStyles, tokens } from "@fluentui/react-components";
import {
  ArrowClockwise20Regular,
  ArrowDownload20Regular,
  DocumentTable20Regular,
  Settings20Regular,
} from "@fluentui/react-icons";
import * as React from "react";
import type { HostCheckOutcome } from "../../excel/host";
import { Results } from "../../taskpane/components/Results";
import type { Translate } from "../../taskpane/i18n/translate";
import type { CheckerTranslate } from "../i18n/translate";
import type { CheckedFile } from "../worker/protocol";
import { type Finding, type Locale } from "../../engine";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * The pane's results view reads a host's outcome; on the page nothing is marked in an open
 * workbook (the marks, notes and 汇总表 go into the checked copy), so only the result is the check's.
 */
function outcomeOf(checked: CheckedFile): HostCheckOutcome {
  return {
    result: checked.result,
    summarySheet: "",
    notesWritten: true,
    notesSkipped: [],
    skippedSheets: [],
    readSkipped: [],
  };
}

export interface FilePanelProps {
  t: Translate;
  tc: CheckerTranslate;
  locale: Locale;
  name: string;
  checked: CheckedFile;
  busy: boolean;
  onDownloadCopy(): void;
  onDownloadSummary(): void;
  onSettings(): void;
  onRecheck(): void;
  onSelect(finding: Finding): void;
}

/** One checked file: its downloads and settings, then the task pane's results view. */
export function FilePanel(props: FilePanelProps) {
  const { t, tc, locale, name, checked, busy } = props;
  const styles = useStyles();
  const outcome = React.useMemo(() => outcomeOf(checked), [checked]);
  return (
    <section className={styles.panel} aria-label={tc("resultsFor", { file: name })}>
      <h2 className={styles.heading}>{tc("resultsFor", { file: name })}</h2>
      <div className={styles.toolbar}>
        <Button
          appearance="primary"
          icon={<ArrowDownload20Regular />}
          disabled={busy}
          onClick={props.onDownloadCopy}
        >
          {tc("downloadChecked")}
        </Button>
        <Button icon={<DocumentTable20Regular />} disabled={busy} onClick={props.onDownloadSummary}>
          {tc("downloadSummary")}
        </Button>
        <Button icon={<Settings20Regular />} disabled={busy} onClick={props.onSettings}>
          {t("settings")}
        </Button>
        <Button icon={<ArrowClockwise20Regular />} disabled={busy} onClick={props.onRecheck}>
          {tc("recheck")}
        </Button>
      </div>
      <Results t={t} locale={locale} outcome={outcome} onSelect={props.onSelect} />
    </section>
  );
}
