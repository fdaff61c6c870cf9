import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import * as React from "react";
import type { Translate } from "../i18n/translate";
import type { Notice, NoticeAction } from "../model/notices";
import type { Locale } from "../../engine";

export interface NoticeBarProps {
  t: Translate;
  locale: Locale;
  notice: Notice;
  /** Whether the notice's own action may run now (no other action running). */
  actionDisabled: boolean;
  onAction(action: NoticeAction): void;
  onDismiss(): void;
}

/** The outcome of the last action, or what went wrong and what to do about it. */
export function NoticeBar({
  t,
  locale,
  notice,
  actionDisabled,
  onAction,
  onDismiss,
}: NoticeBarProps) {
  const [first, ...rest] = notice.lines;
  const action = notice.action;
  return (
    <MessageBar
      intent={notice.intent}
      layout="multiline"
      politeness={notice.intent === "error" ? "assertive" : "polite"}
      data-testid="notice"
    >
      <MessageBarBody>
        {notice.intent === "error" ? <MessageBarTitle>{t("errorTitle")}</MessageBarTitle> : null}
        {first ? <div>{first[locale]}</div> : null}
        {rest.map((line) => (
          <div key={line[locale]}>{line[locale]}</div>
        ))}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            size="small"
            icon={<Dismiss16Regular />}
            aria-label={t("dismiss")}
            onClick={onDismiss}
          />
        }
      >
        {action ? (
          <Button size="small" disabled={actionDisabled} onClick={() => onAction(action)}>
            {t(action)}
          </Button>
        ) : null}
      </MessageBarActions>
    </MessageBar>
  );
}
