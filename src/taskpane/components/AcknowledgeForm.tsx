import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { ACKNOWLEDGEMENT_LIMITS } from "../../engine";
import type { Translate } from "../i18n/translate";

const useStyles = makeStyles({
  form: { display: "grid", gap: tokens.spacingVerticalXS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface AcknowledgeFormProps {
  t: Translate;
  busy: boolean;
  onSave(reason: string): void;
  onCancel(): void;
}

/** The reason a department gives for a warning it verified (已说明), at most 200 characters. */
export function AcknowledgeForm({ t, busy, onSave, onCancel }: AcknowledgeFormProps) {
  const styles = useStyles();
  const [reason, setReason] = React.useState("");
  const [empty, setEmpty] = React.useState(false);
  const save = (): void => {
    const text = reason.trim();
    if (text === "") {
      setEmpty(true);
      return;
    }
    onSave(text);
  };
  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <Field
        label={t("acknowledgeReason")}
        hint={t("acknowledgeHint")}
        size="small"
        validationMessage={empty ? t("acknowledgeEmpty") : undefined}
        validationState={empty ? "error" : "none"}
      >
        <Textarea
          size="small"
          resize="vertical"
          maxLength={ACKNOWLEDGEMENT_LIMITS.reason}
          value={reason}
          onChange={(_, data) => {
            setReason(data.value);
            if (data.value.trim() !== "") setEmpty(false);
          }}
        />
      </Field>
      <div className={styles.buttons}>
        <Button size="small" appearance="primary" type="submit" disabled={busy}>
          {t("acknowledgeSave")}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
