import { Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Translate } from "../i18n/translate";
import type { FindingFilters } from "../model/findingView";
import { isSeverity } from "../model/settingsForm";
import { SEVERITY_LABELS, type Locale, SEVERITIES, type Severity } from "../../engine";

const ALL = "*";

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(132px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  dropdown: { minWidth: 0, width: "100%" },
});

export interface FiltersProps {
  t: Translate;
  locale: Locale;
  branches: readonly string[];
  filters: FindingFilters;
  onChange(filters: FindingFilters): void;
}

/** Branch and severity filters for the finding lists. */
export function Filters({ t, locale, branches, filters, onChange }: FiltersProps) {
  const styles = useStyles();
  const branchValue = filters.branch ?? ALL;
  const severityValue = filters.severity ?? ALL;
  const severityText = (value: Severity | null): string =>
    value === null ? t("allSeverities") : SEVERITY_LABELS[value][locale];
  return (
    <div className={styles.row}>
      <Field label={t("filterBranch")} size="small">
        <Dropdown
          className={styles.dropdown}
          size="small"
          value={filters.branch ?? t("allBranches")}
          selectedOptions={[branchValue]}
          onOptionSelect={(_, data) =>
            onChange({
              ...filters,
              branch: !data.optionValue || data.optionValue === ALL ? null : data.optionValue,
            })
          }
        >
          <Option value={ALL}>{t("allBranches")}</Option>
          {branches.map((branch) => (
            <Option key={branch} value={branch}>
              {branch}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t("filterSeverity")} size="small">
        <Dropdown
          className={styles.dropdown}
          size="small"
          value={severityText(filters.severity)}
          selectedOptions={[severityValue]}
          onOptionSelect={(_, data) => {
            const value = data.optionValue ?? ALL;
            onChange({ ...filters, severity: isSeverity(value) ? value : null });
          }}
        >
          <Option value={ALL}>{t("allSeverities")}</Option>
          {SEVERITIES.map((severity) => (
            <Option key={severity} value={severity}>
              {SEVERITY_LABELS[severity][locale]}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </div>
  );
}
