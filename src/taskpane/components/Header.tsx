import { Button, Text, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import { LocalLanguage20Regular, Settings20Regular } from "@fluentui/react-icons";
import * as React from "react";
import type { Translate } from "../i18n/translate";
import type { Locale } from "../../engine";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  title: {
    flexGrow: 1,
    minWidth: 0,
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface HeaderProps {
  t: Translate;
  locale: Locale;
  settingsDisabled: boolean;
  onLanguage(locale: Locale): void;
  onSettings(): void;
}

/** The pane's title with the language switch and the settings button. */
export function Header({ t, locale, settingsDisabled, onLanguage, onSettings }: HeaderProps) {
  const styles = useStyles();
  const other: Locale = locale === "zh-CN" ? "en-US" : "zh-CN";
  return (
    <header className={styles.header}>
      <Text as="h1" className={styles.title}>
        {t("appTitle")}
      </Text>
      <Tooltip content={t("switchLanguageLabel")} relationship="description">
        <Button
          appearance="subtle"
          size="small"
          icon={<LocalLanguage20Regular />}
          aria-label={t("switchLanguageLabel")}
          lang={other}
          onClick={() => onLanguage(other)}
        >
          {t("switchLanguage")}
        </Button>
      </Tooltip>
      <Tooltip content={t("settings")} relationship="label">
        <Button
          appearance="subtle"
          size="small"
          icon={<Settings20Regular />}
          disabled={settingsDisabled}
          onClick={onSettings}
        />
      </Tooltip>
    </header>
  );
}
