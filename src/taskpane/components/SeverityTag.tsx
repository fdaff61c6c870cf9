import { makeStyles, tokens } from "@fluentui/react-components";
import {
  Clock16Regular,
  ErrorCircle16Filled,
  QuestionCircle16Filled,
  Warning16Filled,
} from "@fluentui/react-icons";
import * as React from "react";
import { type Severity, SEVERITY_LABELS, type Locale } from "../../engine";
import { SEVERITY_STYLE } from "../model/severityStyle";

const ICONS: Record<Severity, typeof ErrorCircle16Filled> = {
  error: ErrorCircle16Filled,
  warning: Warning16Filled,
  unreadable: QuestionCircle16Filled,
  reminder: Clock16Regular,
};

const useStyles = makeStyles({
  tag: {
    display: "inline-flex",
    alignItems: "center",
    gap: "2px",
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  icon: { flexShrink: 0 },
});

export interface SeverityTagProps {
  locale: Locale;
  severity: Severity;
  /** Grey instead of the severity's colour (an explained warning). */
  muted?: boolean;
}

/**
 * A severity as an icon and its official word (不符合, 提示, 提醒, 无法识别): never by colour alone,
 * for readers who cannot tell the colours apart and for printouts in black and white.
 */
export function SeverityTag({ locale, severity, muted }: SeverityTagProps) {
  const styles = useStyles();
  const Icon = ICONS[severity];
  return (
    <span className={styles.tag}>
      <Icon
        className={styles.icon}
        aria-hidden
        style={{ color: muted ? tokens.colorNeutralForeground3 : SEVERITY_STYLE[severity].accent }}
      />
      {SEVERITY_LABELS[severity][locale]}
    </span>
  );
}
