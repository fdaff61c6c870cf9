import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ArrowUndo16Regular, CheckmarkCircle16Regular, Info16Regular } from "@fluentui/react-icons";
import * as React from "react";
import {
  lookupRuleMeta,
  type Finding,
  formatDate,
  SEVERITY_LABELS,
  type Locale,
  explainRule,
} from "../../engine";
import type { Translate } from "../i18n/translate";
import type { PaneFinding } from "../model/findingView";
import { SEVERITY_STYLE } from "../model/severityStyle";
import { AcknowledgeForm } from "./AcknowledgeForm";
import { RuleExplanation } from "./RuleExplanation";
import { SeverityTag } from "./SeverityTag";

const useStyles = makeStyles({
  item: {
    display: "grid",
    gap: "2px",
    paddingBottom: tokens.spacingVerticalXS,
    borderLeftWidth: "4px",
    borderLeftStyle: "solid",
    borderRadius: tokens.borderRadiusSmall,
    overflowWrap: "anywhere",
  },
  explained: { color: tokens.colorNeutralForeground3 },
  main: {
    display: "block",
    width: "100%",
    boxSizing: "border-box",
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} 0`,
    border: "none",
    background: "transparent",
    color: "inherit",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  where: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
  },
  place: { fontWeight: tokens.fontWeightSemibold },
  message: { display: "block" },
  aside: {
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  basis: { color: tokens.colorNeutralForeground3 },
  reason: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  action: { minWidth: 0, paddingLeft: "4px", paddingRight: "4px" },
});

/** 第15行 J列 / Row 15, column J. */
export function whereText(t: Translate, finding: Finding): string {
  if (finding.row === null) return "";
  return finding.column === null
    ? t("rowOnly", { row: finding.row })
    : t("rowCell", { row: finding.row, column: finding.column });
}

/** What a list offers on warnings: explaining them (已说明) and withdrawing an explanation. */
export interface AcknowledgeActions {
  /** While an explanation is being saved (every form's save button waits). */
  busy: boolean;
  onAcknowledge(finding: PaneFinding, reason: string): void;
  onWithdraw(finding: PaneFinding): void;
}

export interface FindingItemProps {
  t: Translate;
  locale: Locale;
  finding: PaneFinding;
  /** Selects the finding's row in the sheet; absent where no workbook is open (a page of results). */
  onSelect?(finding: Finding): void;
  acknowledge?: AcknowledgeActions;
}

/**
 * One finding: its severity in words and an icon, where it is, what is wrong and the basis, with
 * the rule's explanation one click away; a row finding selects its row when activated. A warning
 * can be explained (已说明) and then stays listed, greyed, with its reason.
 */
export function FindingItem({ t, locale, finding, onSelect, acknowledge }: FindingItemProps) {
  const styles = useStyles();
  const [explaining, setExplaining] = React.useState(false);
  const [reasoning, setReasoning] = React.useState(false);
  const explanationId = React.useId();
  const meta = lookupRuleMeta(finding.ruleId);
  const basis = meta ? explainRule(meta, locale).basisShort : finding.basis;
  const where = whereText(t, finding);
  const explained = finding.acknowledged;
  const canExplain = acknowledge !== undefined && finding.key !== undefined && !explained;
  const stripe = explained ? tokens.colorNeutralStroke1 : SEVERITY_STYLE[finding.severity].accent;

  const content = (
    <>
      <span className={styles.where}>
        <SeverityTag locale={locale} severity={finding.severity} muted={Boolean(explained)} />
        {where ? (
          <>
            <span aria-hidden>·</span>
            <span className={styles.place}>{where}</span>
          </>
        ) : null}
      </span>
      {/* Keeps the place and the message apart in the button's text, not only on screen. */}{" "}
      <span className={styles.message}>{finding.message}</span>
    </>
  );
  const selectable = onSelect !== undefined && finding.sheet !== null && finding.row !== null;

  return (
    <div
      className={mergeClasses(styles.item, explained && styles.explained)}
      style={{ borderLeftColor: stripe }}
    >
      {selectable ? (
        <button
          type="button"
          className={mergeClasses(styles.main, styles.clickable)}
          aria-label={t("findingAction", {
            where: `${SEVERITY_LABELS[finding.severity][locale]} ${where}`,
            message: finding.message,
          })}
          onClick={() => onSelect(finding)}
        >
          {content}
        </button>
      ) : (
        <div className={styles.main}>{content}</div>
      )}
      {basis ? (
        <div className={mergeClasses(styles.aside, styles.basis)}>{t("basisLine", { basis })}</div>
      ) : null}
      {explained ? (
        <div className={mergeClasses(styles.aside, styles.reason)}>
          {t("acknowledgedLabel", {
            reason: explained.reason,
            date: formatDate(explained.date, locale),
          })}
        </div>
      ) : null}
      <div className={mergeClasses(styles.aside, styles.actions)}>
        <Button
          className={styles.action}
          size="small"
          appearance="transparent"
          icon={<Info16Regular />}
          aria-expanded={explaining}
          aria-controls={explaining ? explanationId : undefined}
          aria-label={t("explainRuleLabel", { rule: meta?.title[locale] ?? finding.ruleId })}
          onClick={() => setExplaining(!explaining)}
        >
          {t("explainRule")}
        </Button>
        {canExplain && !reasoning ? (
          <Button
            className={styles.action}
            size="small"
            appearance="transparent"
            icon={<CheckmarkCircle16Regular />}
            onClick={() => setReasoning(true)}
          >
            {t("acknowledge")}
          </Button>
        ) : null}
        {explained && acknowledge ? (
          <Button
            className={styles.action}
            size="small"
            appearance="transparent"
            icon={<ArrowUndo16Regular />}
            disabled={acknowledge.busy}
            onClick={() => acknowledge.onWithdraw(finding)}
          >
            {t("unacknowledge")}
          </Button>
        ) : null}
      </div>
      {explaining ? (
        <div className={styles.aside}>
          <RuleExplanation t={t} locale={locale} ruleId={finding.ruleId} id={explanationId} />
        </div>
      ) : null}
      {reasoning && canExplain && acknowledge ? (
        <div className={styles.aside}>
          <AcknowledgeForm
            t={t}
            busy={acknowledge.busy}
            onCancel={() => setReasoning(false)}
            onSave={(reason) => {
              setReasoning(false);
              acknowledge.onAcknowledge(finding, reason);
            }}
          />
        </div>
      ) : null}
    </div>
  );
}
