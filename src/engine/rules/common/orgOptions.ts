import { SEVERITIES, type Severity } from "../../basics";

/**
 * A severity given as a rule option ("error", "warning"…). Workbook settings are typed by hand, so
 * an unknown word falls back to the rule's default instead of producing an unlabelled finding.
 */
export function severityOption(value: string, fallback: Severity): Severity {
  return (SEVERITIES as readonly string[]).includes(value) ? (value as Severity) : fallback;
}
