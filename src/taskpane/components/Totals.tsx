import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Translate } from "../i18n/translate";
import { SEVERITY_STYLE } from "../model/severityStyle";
import { SEVERITY_LABELS, type Locale, SEVERITIES, type Severity } from "../../engine";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(64px, 1fr))",
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
    border: "none",
  },
  tile: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    minWidth: 0,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: "2px",
    paddingRight: "2px",
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
    fontFamily: "inherit",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  pressed: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralForeground1}`,
  },
  count: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: "1.2",
  },
  // Words stay whole ("Unreadable"); the pane's break-anywhere rule is for long Chinese messages.
  label: {
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "normal",
    lineHeight: tokens.lineHeightBase200,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

export interface TotalsProps {
  t: Translate;
  locale: Locale;
  totals: Record<Severity, number>;
  selected: Severity | null;
  onSelect(severity: Severity | null): void;
}

/** Counts by severity in the colours of the marks; each count also filters the list to its severity. */
export function Totals({ t, locale, totals, selected, onSelect }: TotalsProps) {
  const styles = useStyles();
  return (
    <fieldset className={styles.grid} aria-label={t("totalsHeading")}>
      <legend className={styles.legend}>{t("totalsHint")}</legend>
      {SEVERITIES.map((severity) => {
        const colour = SEVERITY_STYLE[severity];
        const pressed = selected === severity;
        const label = SEVERITY_LABELS[severity][locale];
        return (
          <button
            key={severity}
            type="button"
            className={mergeClasses(styles.tile, pressed && styles.pressed)}
            style={{ background: colour.background, color: colour.foreground }}
            aria-pressed={pressed}
            aria-label={t("totalsFilter", { severity: label, count: totals[severity] })}
            onClick={() => onSelect(pressed ? null : severity)}
          >
            <span className={styles.count}>{totals[severity]}</span>{" "}
            <span className={styles.label}>{label}</span>
          </button>
        );
      })}
    </fieldset>
  );
}
