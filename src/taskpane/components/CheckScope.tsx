import { Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CalendarLtr20Regular } from "@fluentui/react-icons";
import * as React from "react";
import type { Translate } from "../i18n/translate";
import type { ScopeText } from "../model/checkScope";
import { parseScope, type ScopeForm } from "../model/settingsForm";

const useStyles = makeStyles({
  box: {
    display: "grid",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  icon: { flexShrink: 0, color: tokens.colorNeutralForeground2 },
  text: { flexGrow: 1, minWidth: 0, display: "flex", flexWrap: "wrap", columnGap: "0.5em" },
  year: { fontWeight: tokens.fontWeightSemibold },
  unset: { color: tokens.colorPaletteMarigoldForeground2 },
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  wide: { width: "100%", minWidth: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
  form: { display: "grid", gap: tokens.spacingVerticalS },
});

export interface CheckScopeProps {
  t: Translate;
  scope: ScopeText;
  /** What the form starts from: the stored year and as-of day ("" when not set). */
  stored: ScopeForm;
  /** Today, ISO: the 今天 shortcut. */
  today: string;
  /** The year whose last day the 年末 shortcut gives. */
  yearForEnd: number;
  disabled: boolean;
  /** Saves the year and as-of day (undefined: not set) and checks again. */
  onChange(year: number | undefined, asOf: string | undefined): void;
}

/**
 * The year and as-of day a check uses, always on the main pane: an as-of day nobody set is today,
 * which moves the counts with the calendar, so the pane says so and offers a change in one click.
 */
export function CheckScope({
  t,
  scope,
  stored,
  today,
  yearForEnd,
  disabled,
  onChange,
}: CheckScopeProps) {
  const styles = useStyles();
  const [editing, setEditing] = React.useState(false);
  const [form, setForm] = React.useState<ScopeForm>(stored);
  const [errors, setErrors] = React.useState<Partial<Record<keyof ScopeForm, string>>>({});
  const open = (): void => {
    setForm(stored);
    setErrors({});
    setEditing(true);
  };
  const save = (): void => {
    const parsed = parseScope(form);
    if (!parsed.ok) {
      setErrors(Object.fromEntries(Object.entries(parsed.errors).map(([k, v]) => [k, t(v)])));
      return;
    }
    setEditing(false);
    onChange(parsed.year, parsed.asOf);
  };
  const endYear =
    Number(form.year) >= 2000 && Number(form.year) <= 2100 ? Number(form.year) : yearForEnd;
  return (
    <section className={styles.box} aria-label={t("scopeHeading")}>
      <div className={styles.line}>
        <CalendarLtr20Regular aria-hidden className={styles.icon} />
        <Text className={styles.text} size={300}>
          <span className={styles.year}>{scope.year}</span>
          <span className={scope.asOfUnset ? styles.unset : undefined}>{scope.asOf}</span>
        </Text>
        {!editing ? (
          <Button
            size="small"
            appearance="subtle"
            disabled={disabled}
            aria-label={t("scopeChangeLabel")}
            onClick={open}
          >
            {t("scopeChange")}
          </Button>
        ) : null}
      </div>
      {editing ? (
        <form
          className={styles.form}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <div className={styles.pair}>
            <Field
              label={t("year")}
              size="small"
              validationMessage={errors.year}
              validationState={errors.year ? "error" : "none"}
            >
              <Input
                className={styles.wide}
                size="small"
                inputMode="numeric"
                placeholder={t("scopeYearPlaceholder")}
                value={form.year}
                onChange={(_, data) => setForm({ ...form, year: data.value })}
              />
            </Field>
            <Field
              label={t("asOf")}
              size="small"
              validationMessage={errors.asOf}
              validationState={errors.asOf ? "error" : "none"}
            >
              <Input
                className={styles.wide}
                size="small"
                type="date"
                value={form.asOf}
                onChange={(_, data) => setForm({ ...form, asOf: data.value })}
              />
            </Field>
          </div>
          <Text size={200} className={styles.hint} block>
            {t("scopeHint")}
          </Text>
          <div className={styles.buttons}>
            <Button size="small" onClick={() => setForm({ ...form, asOf: `${endYear}-12-31` })}>
              {t("scopeYearEnd", { year: endYear })}
            </Button>
            <Button size="small" onClick={() => setForm({ ...form, asOf: today })}>
              {t("scopeToday")}
            </Button>
          </div>
          <div className={styles.buttons}>
            <Button size="small" appearance="primary" type="submit" disabled={disabled}>
              {t("scopeSaveAndCheck")}
            </Button>
            <Button size="small" onClick={() => setEditing(false)}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
