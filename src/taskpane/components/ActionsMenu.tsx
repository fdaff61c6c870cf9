import {
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from "@fluentui/react-components";
import {
  ArrowDownload20Regular,
  DocumentAdd20Regular,
  Eraser20Regular,
  TableStackAbove20Regular,
} from "@fluentui/react-icons";
import * as React from "react";
import type { Translate } from "../i18n/translate";

export interface ActionsMenuProps {
  t: Translate;
  disabled: boolean;
  onClear(): void;
  onTemplate(): void;
  onExport(): void;
  onRollup(files: File[]): void;
}

/** The secondary actions; 汇总各单位 opens a file picker for the workbooks departments sent. */
export function ActionsMenu({
  t,
  disabled,
  onClear,
  onTemplate,
  onExport,
  onRollup,
}: ActionsMenuProps) {
  const picker = React.useRef<HTMLInputElement>(null);
  const onFiles = (event: React.ChangeEvent<HTMLInputElement>): void => {
    const files = Array.from(event.currentTarget.files ?? []);
    // Cleared so choosing the same files again still fires a change.
    event.currentTarget.value = "";
    if (files.length > 0) onRollup(files);
  };
  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton disabled={disabled}>{t("moreActions")}</MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem icon={<Eraser20Regular />} onClick={onClear}>
              {t("clearMarks")}
            </MenuItem>
            <MenuItem icon={<DocumentAdd20Regular />} onClick={onTemplate}>
              {t("insertTemplate")}
            </MenuItem>
            <MenuItem icon={<ArrowDownload20Regular />} onClick={onExport}>
              {t("exportSummary")}
            </MenuItem>
            <MenuItem icon={<TableStackAbove20Regular />} onClick={() => picker.current?.click()}>
              {t("rollup")}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      <input
        ref={picker}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple
        hidden
        aria-label={t("rollupPicker")}
        data-testid="rollup-files"
        onChange={onFiles}
      />
    </>
  );
}
