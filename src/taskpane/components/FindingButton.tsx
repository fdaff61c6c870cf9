import { makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Translate } from "../i18n/translate";
import { SEVERITY_STYLE } from "../model/severityStyle";
import { type Finding, SEVERITY_LABELS, type Locale } from "../../engine";

const useStyles = makeStyles({
  button: {
    display: "block",
    width: "100%",
    boxSizing: "border-box",
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderLeftWidth: "4px",
    borderLeftStyle: "solid",
    borderRadius: tokens.borderRadiusSmall,
    background: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    overflowWrap: "anywhere",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  where: {
    display: "block",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
});

/** 第15行 J列 / Row 15, column J. */
export function whereText(t: Translate, finding: Finding): string {
  if (finding.row === null) return "";
  return finding.column === null
    ? t("rowOnly", { row: finding.row })
    : t("rowCell", { row: finding.row, column: finding.column });
}

export interface FindingButtonProps {
  t: Translate;
  locale: Locale;
  finding: Finding;
  onSelect(finding: Finding): void;
}

/** One row finding; activating it (click, Enter or Space) selects that row in the sheet. */
export function FindingButton({ t, locale, finding, onSelect }: FindingButtonProps) {
  const styles = useStyles();
  const where = whereText(t, finding);
  return (
    <button
      type="button"
      className={styles.button}
      style={{ borderLeftColor: SEVERITY_STYLE[finding.severity].accent }}
      title={finding.basis}
      aria-label={t("findingAction", {
        where: `${SEVERITY_LABELS[finding.severity][locale]} ${where}`,
        message: finding.message,
      })}
      onClick={() => onSelect(finding)}
    >
      <span className={styles.where}>{where}</span>
      {/* Keeps the place and the message apart in the button's text, not only on screen. */}
      {where ? " " : ""}
      {finding.message}
    </button>
  );
}
