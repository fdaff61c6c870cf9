import {
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  Dropdown,
  Field,
  Input,
  Option,
  OverlayDrawer,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import * as React from "react";
import type { StoredSettings } from "../../excel/host";
import type { Translate } from "../i18n/translate";
import {
  defaultForm,
  FREQUENCIES,
  fromForm,
  isFrequency,
  isRounding,
  ROUNDINGS,
  toForm,
  type SettingsErrors,
  type SettingsForm,
} from "../model/settingsForm";
import { RuleSettings } from "./RuleSettings";
import type { Locale } from "../../engine";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  wide: { width: "100%", minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  footer: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  footerButton: { minWidth: 0 },
});

export interface SettingsDrawerProps {
  t: Translate;
  locale: Locale;
  open: boolean;
  settings: StoredSettings;
  saving: boolean;
  onSave(settings: StoredSettings): Promise<boolean>;
  onClose(): void;
}

/** The check's settings over the whole pane; saved into the workbook on 保存. */
export function SettingsDrawer({
  t,
  locale,
  open,
  settings,
  saving,
  onSave,
  onClose,
}: SettingsDrawerProps) {
  const styles = useStyles();
  const [form, setForm] = React.useState<SettingsForm>(() => toForm(settings));
  const [errors, setErrors] = React.useState<SettingsErrors>({});

  // Each opening starts from what is stored, not from an abandoned edit.
  React.useEffect(() => {
    if (open) {
      setForm(toForm(settings));
      setErrors({});
    }
  }, [open, settings]);

  const update = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]): void =>
    setForm((current) => ({ ...current, [key]: value }));

  const save = async (): Promise<void> => {
    const parsed = fromForm(form);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    if (await onSave(parsed.settings)) onClose();
  };

  const message = (field: keyof SettingsErrors): string | undefined => {
    const key = errors[field];
    return key ? t(key) : undefined;
  };
  const frequencyText = (value: SettingsForm["lectureFrequency"]): string =>
    t(value === "" ? "frequency_default" : `frequency_${value}`);

  return (
    <OverlayDrawer
      open={open}
      position="end"
      size="full"
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button
              appearance="subtle"
              aria-label={t("close")}
              icon={<Dismiss20Regular />}
              onClick={onClose}
            />
          }
        >
          {t("settingsTitle")}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        <form
          className={styles.body}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Text>{t("settingsIntro")}</Text>
          <div className={styles.pair}>
            <Field
              label={t("asOf")}
              hint={t("asOfHint")}
              validationMessage={message("asOf")}
              validationState={errors.asOf ? "error" : "none"}
            >
              <Input
                className={styles.wide}
                type="date"
                value={form.asOf}
                onChange={(_, data) => update("asOf", data.value)}
              />
            </Field>
            <Field
              label={t("year")}
              hint={t("yearHint")}
              validationMessage={message("year")}
              validationState={errors.year ? "error" : "none"}
            >
              <Input
                className={styles.wide}
                inputMode="numeric"
                value={form.year}
                onChange={(_, data) => update("year", data.value)}
              />
            </Field>
          </div>
          <div className={styles.pair}>
            <Field label={t("lectureFrequency")}>
              <Dropdown
                className={styles.wide}
                value={frequencyText(form.lectureFrequency)}
                selectedOptions={[form.lectureFrequency || "default"]}
                onOptionSelect={(_, data) => {
                  const value = data.optionValue ?? "";
                  update("lectureFrequency", isFrequency(value) ? value : "");
                }}
              >
                <Option value="default">{t("frequency_default")}</Option>
                {FREQUENCIES.map((frequency) => (
                  <Option key={frequency} value={frequency}>
                    {t(`frequency_${frequency}`)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Field label={t("duesRounding")}>
              <Dropdown
                className={styles.wide}
                value={t(`rounding_${form.duesRounding}`)}
                selectedOptions={[form.duesRounding]}
                onOptionSelect={(_, data) => {
                  const value = data.optionValue ?? "";
                  if (isRounding(value)) update("duesRounding", value);
                }}
              >
                {ROUNDINGS.map((rounding) => (
                  <Option key={rounding} value={rounding}>
                    {t(`rounding_${rounding}`)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          </div>
          <Field
            label={t("reminderDays")}
            hint={t("reminderDaysHint")}
            validationMessage={message("reminderDays")}
            validationState={errors.reminderDays ? "error" : "none"}
          >
            <Input
              className={styles.wide}
              inputMode="numeric"
              value={form.reminderDays}
              onChange={(_, data) => update("reminderDays", data.value)}
            />
          </Field>
          <h2 className={styles.heading}>{t("rulesHeading")}</h2>
          <RuleSettings
            t={t}
            locale={locale}
            rules={form.rules}
            onChange={(ruleId, choice) => update("rules", { ...form.rules, [ruleId]: choice })}
          />
          {/* Lets Enter in a text field save, as in any form. */}
          <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
        </form>
      </DrawerBody>
      <DrawerFooter className={styles.footer}>
        <Button
          className={styles.footerButton}
          appearance="primary"
          disabled={saving}
          onClick={() => void save()}
        >
          {t("save")}
        </Button>
        <Button className={styles.footerButton} onClick={() => setForm(defaultForm())}>
          {t("resetDefaults")}
        </Button>
        <Button className={styles.footerButton} onClick={onClose}>
          {t("cancel")}
        </Button>
      </DrawerFooter>
    </OverlayDrawer>
  );
}
