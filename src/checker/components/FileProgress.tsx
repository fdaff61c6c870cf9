import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import * as React from "react";
import type { Translate } from "../../taskpane/i18n/translate";
import type { PageProgress, PageStage } from "../worker/protocol";

const STAGES: readonly PageStage[] = ["read", "check", "summary"];

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
});

export interface FileProgressProps {
  t: Translate;
  progress: PageProgress | null;
  onCancel(): void;
}

/** A file's check under way, in the pane's words (第1/3步：读取), with 取消 beside it. */
export function FileProgress({ t, progress, onCancel }: FileProgressProps) {
  const styles = useStyles();
  const label = progress
    ? t("stageStep", {
        step: STAGES.indexOf(progress.stage) + 1,
        steps: STAGES.length,
        stage: t(`stage_${progress.stage}`),
      })
    : t("starting");
  const value =
    progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined;
  return (
    <div className={styles.row}>
      <Field className={styles.field} label={label} aria-live="polite">
        <ProgressBar value={value} thickness="large" aria-label={t("progressLabel")} />
      </Field>
      <Button icon={<Dismiss20Regular />} onClick={onCancel} aria-label={t("cancelCheck")}>
        {t("cancel")}
      </Button>
    </div>
  );
}
