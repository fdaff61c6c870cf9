import type { UncalculatedSheet } from "../read/readBook";
import { withoutControlCharacters } from "./controlCharacters";
import {
  countBySeverity,
  type CheckResult,
  type Finding,
  planHighlights,
  formatTemplate,
  type Localized,
} from "../../engine";

const NOT_CALCULATED: Localized = {
  "zh-CN":
    "工作表“{sheet}”中有 {cells} 个公式没有保存计算结果（如 {first}），文件可能由其他程序生成、从未在 Excel 或 WPS 中计算。请用 Excel 或 WPS 打开该文件并保存后再检查；在此之前不对本工作簿作出判断。",
  "en-US":
    "Sheet “{sheet}” holds {cells} formulas saved without their results (such as {first}); the file was probably written by a program and never calculated in Excel or WPS. Open it in Excel or WPS, save it and check it again; until then the workbook is not judged.",
};

const NOT_CALCULATED_BASIS: Localized = {
  "zh-CN": "公式须有计算结果方可检查",
  "en-US": "Formulas must hold their results to be checked",
};

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
  const findings: Finding[] = uncalculated.map(({ sheet, cells, first }) => {
    const data = { sheet: withoutControlCharacters(sheet), cells, first };
    return {
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
      message: formatTemplate(NOT_CALCULATED[locale], data, locale),
      basis: NOT_CALCULATED_BASIS[locale],
    };
  });
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
