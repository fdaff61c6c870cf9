import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { DocumentArrowUp20Regular } from "@fluentui/react-icons";
import * as React from "react";
import type { CheckerTranslate } from "../i18n/translate";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: "center",
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
});

/** The workbook files the page takes; anything else is still tried, and refused with the reason. */
const ACCEPT =
  ".xlsx,.xlsm,.xltx,.xltm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12";

export interface DropZoneProps {
  tc: CheckerTranslate;
  onFiles(files: File[]): void;
}

/** Where workbooks are dropped, or picked with the system's file dialog. */
export function DropZone({ tc, onFiles }: DropZoneProps) {
  const styles = useStyles();
  const picker = React.useRef<HTMLInputElement>(null);
  const [over, setOver] = React.useState(false);
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      data-testid="drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        onFiles(Array.from(event.dataTransfer.files));
      }}
    >
      <Text>{tc("dropHere")}</Text>
      <Button
        appearance="primary"
        icon={<DocumentArrowUp20Regular />}
        onClick={() => picker.current?.click()}
      >
        {tc("pickFiles")}
      </Button>
      <input
        ref={picker}
        type="file"
        multiple
        hidden
        accept={ACCEPT}
        aria-label={tc("pickFilesLabel")}
        data-testid="file-input"
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          // Cleared so that picking the same file again still reads it again.
          event.currentTarget.value = "";
          onFiles(files);
        }}
      />
    </div>
  );
}
