import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from "@fluentui/react-components";
import * as React from "react";
import { describeSettingChanges, type SettingChange, type Locale } from "../../engine";
import type { Translate } from "../i18n/translate";

const useStyles = makeStyles({ body: { overflowWrap: "anywhere" } });

export interface SettingChangesBarProps {
  t: Translate;
  locale: Locale;
  changes: readonly SettingChange[];
}

/** Rules switched off or changed for this check, worded as the 汇总表 and the roll-up word them. */
export function SettingChangesBar({ t, locale, changes }: SettingChangesBarProps) {
  const styles = useStyles();
  const lines = describeSettingChanges(changes, locale);
  if (lines.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t("settingChangesTitle")}</MessageBarTitle>
        {lines.map((line) => (
          <div key={line}>{line}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
