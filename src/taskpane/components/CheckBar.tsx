import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { Dismiss20Regular, Play20Filled } from "@fluentui/react-icons";
import * as React from "react";
import type { CheckProgress, CheckStage } from "../../excel/host";
import type { CheckStatus } from "../hooks/useLedgerCheck";
import type { Translate } from "../i18n/translate";

const STAGES: readonly CheckStage[] = ["read", "check", "mark", "summary"];

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  primary: { flexGrow: 1, minWidth: "120px" },
  progress: { flexGrow: 1, minWidth: 0 },
  running: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
});

/** The determinate share of a stage, or undefined while its size is unknown (an indeterminate bar). */
function share(progress: CheckProgress | null): number | undefined {
  if (!progress || progress.total <= 0) return undefined;
  return Math.min(1, Math.max(0, progress.done / progress.total));
}

function stageLabel(t: Translate, progress: CheckProgress | null): string {
  if (!progress) return t("starting");
  const step = STAGES.indexOf(progress.stage) + 1;
  return t("stageStep", { step, steps: STAGES.length, stage: t(`stage_${progress.stage}`) });
}

export interface CheckBarProps {
  t: Translate;
  status: CheckStatus;
  /** Whether actions may start (no check or other action is running). */
  ready: boolean;
  onStart(): void;
  onCancel(): void;
  /** The secondary actions, shown beside the primary one. */
  children?: React.ReactNode;
}

/**
 * The primary action and the secondary ones beside it; while a check runs, its stage and progress
 * with a cancel button above them, and every other action disabled.
 */
export function CheckBar({ t, status, ready, onStart, onCancel, children }: CheckBarProps) {
  const styles = useStyles();
  return (
    <div className={styles.column}>
      {status.kind === "running" ? (
        <div className={styles.running}>
          <Field
            className={styles.progress}
            label={stageLabel(t, status.progress)}
            aria-live="polite"
          >
            <ProgressBar
              value={share(status.progress)}
              thickness="large"
              aria-label={t("progressLabel")}
            />
          </Field>
          <Button icon={<Dismiss20Regular />} onClick={onCancel} aria-label={t("cancelCheck")}>
            {t("cancel")}
          </Button>
        </div>
      ) : null}
      <div className={styles.row}>
        <Button
          className={styles.primary}
          appearance="primary"
          icon={<Play20Filled />}
          disabled={!ready}
          onClick={onStart}
        >
          {t("start")}
        </Button>
        {children}
      </div>
    </div>
  );
}
