import { makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { lookupRuleMeta, type Locale, explainRule, type RuleId } from "../../engine";
import type { Translate } from "../i18n/translate";

const useStyles = makeStyles({
  box: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    display: "grid",
    gap: tokens.spacingVerticalXXS,
  },
  term: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  detail: { margin: 0, overflowWrap: "anywhere" },
});

export interface RuleExplanationProps {
  t: Translate;
  locale: Locale;
  ruleId: RuleId;
  id?: string;
}

/** 这条规定是什么、怎样改正、依据: the rule's own metadata, so the pane can never drift from it. */
export function RuleExplanation({ t, locale, ruleId, id }: RuleExplanationProps) {
  const styles = useStyles();
  const meta = lookupRuleMeta(ruleId);
  if (!meta) return null;
  const text = explainRule(meta, locale);
  return (
    <dl className={styles.box} id={id}>
      <dt className={styles.term}>{t("explainRequirement")}</dt>
      <dd className={styles.detail}>{text.requirement}</dd>
      <dt className={styles.term}>{t("explainFix")}</dt>
      <dd className={styles.detail}>{text.fix}</dd>
      <dt className={styles.term}>{t("explainBasis")}</dt>
      <dd className={styles.detail}>{text.basis}</dd>
    </dl>
  );
}
