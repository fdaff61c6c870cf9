import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentTable20Regular } from "@fluentui/react-icons";
import * as React from "react";
import type { TemplateOptions } from "../../engine/template";
import type { Translate } from "../../taskpane/i18n/translate";
import type { CheckerTranslate } from "../i18n/translate";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface TemplateDialogProps {
  t: Translate;
  tc: CheckerTranslate;
  disabled: boolean;
  onDownload(options: TemplateOptions): void;
}

/** 下载标准模板, with the year and unit `party-ledger template` takes as --year and --unit. */
export function TemplateDialog({ t, tc, disabled, onDownload }: TemplateDialogProps) {
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  const [year, setYear] = React.useState(() => String(new Date().getFullYear()));
  const [unit, setUnit] = React.useState("");
  const yearText = year.trim();
  const yearValue = Number(yearText);
  const yearValid =
    yearText === "" || (/^\d{4}$/.test(yearText) && yearValue >= 2000 && yearValue <= 2100);
  const button = (
    <Button icon={<DocumentTable20Regular />} disabled={disabled} onClick={() => setOpen(true)}>
      {tc("downloadTemplate")}
    </Button>
  );
  // Mounted only while open: a closed Fluent dialog would still leave focus traps in the page.
  if (!open) return button;
  return (
    <>
      {button}
      <Dialog open onOpenChange={(_, data) => setOpen(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{tc("templateTitle")}</DialogTitle>
            <DialogContent className={styles.content}>
              <Field
                label={tc("templateYear")}
                validationState={yearValid ? "none" : "error"}
                validationMessage={yearValid ? undefined : tc("templateYearInvalid")}
              >
                <Input
                  value={year}
                  inputMode="numeric"
                  onChange={(_, data) => setYear(data.value)}
                />
              </Field>
              <Field label={tc("templateUnit")}>
                <Input value={unit} onChange={(_, data) => setUnit(data.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                disabled={!yearValid}
                onClick={() => {
                  setOpen(false);
                  onDownload({
                    ...(yearText !== "" ? { year: yearValue } : {}),
                    ...(unit.trim() !== "" ? { unitName: unit.trim() } : {}),
                  });
                }}
              >
                {tc("download")}
              </Button>
              <DialogTrigger disableButtonEnhancement>
                <Button>{t("close")}</Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
