import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Translate } from "../i18n/translate";
import {
  lookupRuleMeta,
  type OptionProblem,
  type Finding,
  formatTemplate,
  ENGINE_TEXT,
  type Locale,
  type EngineError,
} from "../../engine";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  body: { overflowWrap: "anywhere" },
});

export interface StructureBarsProps {
  t: Translate;
  locale: Locale;
  /** Missing sheets and columns; their messages already say how to fix them. */
  shape: readonly Finding[];
  errors: readonly EngineError[];
  optionProblems: readonly OptionProblem[];
  onSelect(finding: Finding): void;
}

/** What keeps the ledgers from being checked fully, each as a message bar saying how to fix it. */
export function StructureBars({
  t,
  locale,
  shape,
  errors,
  optionProblems,
  onSelect,
}: StructureBarsProps) {
  const styles = useStyles();
  if (shape.length === 0 && errors.length === 0 && optionProblems.length === 0) return null;
  const ruleTitle = (finding: Finding): string =>
    lookupRuleMeta(finding.ruleId)?.title[locale] ?? finding.ruleId;
  return (
    <section className={styles.group} aria-label={t("structureHeading")}>
      <h2 className={styles.heading}>{t("structureHeading")}</h2>
      <div className={styles.group}>
        {shape.map((finding, index) => (
          <MessageBar
            key={`shape-${index}`}
            intent={finding.severity === "error" ? "error" : "warning"}
            layout="multiline"
          >
            <MessageBarBody className={styles.body}>
              <MessageBarTitle>{ruleTitle(finding)}</MessageBarTitle>
              {finding.message}
            </MessageBarBody>
            {finding.sheet !== null && finding.row !== null ? (
              <MessageBarActions>
                <Button size="small" onClick={() => onSelect(finding)}>
                  {t("goToHeader")}
                </Button>
              </MessageBarActions>
            ) : null}
          </MessageBar>
        ))}
        {errors.map((error) => (
          <MessageBar key={`error-${error.ruleId}`} intent="warning" layout="multiline">
            <MessageBarBody className={styles.body}>
              <MessageBarTitle>{t("engineErrorsHeading")}</MessageBarTitle>
              {formatTemplate(
                ENGINE_TEXT.ruleFailed[locale],
                {
                  rule: lookupRuleMeta(error.ruleId)?.title[locale] ?? error.ruleId,
                  message: error.message,
                },
                locale
              )}
            </MessageBarBody>
          </MessageBar>
        ))}
        {optionProblems.map((problem) => (
          <MessageBar key={`option-${problem.option}`} intent="warning" layout="multiline">
            <MessageBarBody className={styles.body}>
              {t("optionProblem", { option: problem.option, value: problem.value })}
            </MessageBarBody>
          </MessageBar>
        ))}
      </div>
    </section>
  );
}
