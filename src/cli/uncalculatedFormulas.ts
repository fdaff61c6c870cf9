import type { UncalculatedSheet } from "../xlsx/read/streamSheets";
import { cliText } from "./cliText";
import { countBySeverity, type CheckResult, type Finding, planHighlights } from "../engine";

/**
 * A workbook whose formulas were saved without their results (written by a program, never
 * calculated in Excel or WPS) reads as blank where the formulas are, and every rule would then
 * find false errors. Such a workbook is not judged: its result holds one unreadable finding per
 * sheet saying to open and save it in Excel or WPS first, and nothing else.
 */
export function withUncalculatedFormulas(
  result: CheckResult,
  uncalculated: readonly UncalculatedSheet[]
): CheckResult {
  if (uncalculated.length === 0) return result;
  const { locale } = result.settings;
  const text = cliText(locale);
  const findings: Finding[] = uncalculated.map(({ sheet, cells, first }) => ({
    ruleId: "structure-unreadable-cell",
    severity: "unreadable",
    kind: "structure",
    sheet,
    row: null,
    column: null,
    branch: null,
    period: null,
    person: null,
    messageId: "formulas-not-calculated",
    data: { sheet, cells, first },
    message: text("formulasNotCalculated", { sheet, cells, first }),
    basis: text("formulasNotCalculatedBasis"),
  }));
  return {
    ...result,
    findings,
    totals: countBySeverity(findings),
    stats: [],
    periods: [],
    errors: [],
    highlights: planHighlights(findings, locale),
  };
}
