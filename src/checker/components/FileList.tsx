import {
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwise20Regular, Delete20Regular, Eye20Regular } from "@fluentui/react-icons";
import * as React from "react";
import type { Translate } from "../../taskpane/i18n/translate";
import type { FileEntry } from "../model/fileEntry";
import type { CheckerTranslate } from "../i18n/translate";
import { FileProgress } from "./FileProgress";
import { isoDate, type Locale } from "../../engine";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  selected: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  name: {
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    flexGrow: 1,
    minWidth: 0,
  },
  detail: { color: tokens.colorNeutralForeground2 },
});

function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export interface FileListProps {
  t: Translate;
  tc: CheckerTranslate;
  locale: Locale;
  files: readonly FileEntry[];
  selected: string | null;
  onSelect(key: string): void;
  onCancel(key: string): void;
  onRecheck(key: string): void;
  onRemove(key: string): void;
}

/** Every dropped workbook with where its check stands: waiting, running, its totals, or why not. */
export function FileList({
  t,
  tc,
  locale,
  files,
  selected,
  onSelect,
  onCancel,
  onRecheck,
  onRemove,
}: FileListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={tc("filesHeading")}>
      {files.map((file) => {
        const { status } = file;
        const isSelected = status.kind === "checked" && selected === file.key;
        return (
          <li
            key={file.key}
            className={mergeClasses(styles.item, isSelected && styles.selected)}
            data-testid="file"
          >
            <div className={styles.head}>
              <Text className={styles.name}>{file.name}</Text>
              <Text className={styles.detail}>{size(file.size)}</Text>
              {status.kind === "checked" ? (
                <Button
                  size="small"
                  icon={<Eye20Regular />}
                  disabled={isSelected}
                  onClick={() => onSelect(file.key)}
                >
                  {isSelected ? tc("showing") : tc("show")}
                </Button>
              ) : null}
              {status.kind === "failed" || status.kind === "cancelled" ? (
                <Button
                  size="small"
                  icon={<ArrowClockwise20Regular />}
                  onClick={() => onRecheck(file.key)}
                >
                  {tc("recheck")}
                </Button>
              ) : null}
              {status.kind !== "running" ? (
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<Delete20Regular />}
                  aria-label={tc("removeFile", { file: file.name })}
                  onClick={() => onRemove(file.key)}
                />
              ) : null}
            </div>
            {status.kind === "queued" ? (
              <Text className={styles.detail}>{tc("queued")}</Text>
            ) : null}
            {status.kind === "running" ? (
              <FileProgress t={t} progress={status.progress} onCancel={() => onCancel(file.key)} />
            ) : null}
            {status.kind === "cancelled" ? (
              <Text className={styles.detail}>{tc("cancelled")}</Text>
            ) : null}
            {status.kind === "checked" ? (
              <Text className={styles.detail} data-testid="file-totals">
                {tc("totalsLine", status.checked.result.totals)}
                {" · "}
                {tc("checkedWith", {
                  year: status.checked.result.settings.year,
                  asOf: isoDate(status.checked.result.settings.asOf),
                })}
                {" · "}
                {tc(`source_${status.checked.source}`)}
              </Text>
            ) : null}
            {status.kind === "failed" ? (
              <MessageBar
                intent={status.summaryOnly ? "info" : "error"}
                layout="multiline"
                data-testid="file-failure"
              >
                <MessageBarBody>{status.reason[locale]}</MessageBarBody>
              </MessageBar>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
