import { makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { SEVERITY_STYLE } from "../model/severityStyle";
import { type Finding, SEVERITY_LABELS, type Locale } from "../../engine";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  item: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeftWidth: "4px",
    borderLeftStyle: "solid",
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase300,
  },
  severity: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
});

export interface PeriodListProps {
  heading: string;
  locale: Locale;
  findings: readonly Finding[];
}

/**
 * Missing activities (缺失事项) or reminders (提醒): findings about a period with no sheet row to
 * select, so they are read, not clicked.
 */
export function PeriodList({ heading, locale, findings }: PeriodListProps) {
  const styles = useStyles();
  const id = React.useId();
  if (findings.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h3 id={id} className={styles.heading}>
        {heading}
      </h3>
      <ul className={styles.list}>
        {findings.map((finding, index) => (
          <li
            key={`${finding.ruleId}-${finding.branch ?? ""}-${finding.period ?? ""}-${finding.person ?? ""}-${index}`}
            className={styles.item}
            style={{ borderLeftColor: SEVERITY_STYLE[finding.severity].accent }}
            title={finding.basis}
          >
            <span className={styles.severity}>{SEVERITY_LABELS[finding.severity][locale]}</span>
            {finding.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
