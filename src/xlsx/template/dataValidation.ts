import type ExcelJS from "exceljs";
import type { TemplateValidation } from "../../engine/template";
import { serialToDate } from "./cellValue";

/** The part of ExcelJS's worksheet model its typings leave out: validations over a range. */
interface RangeValidations {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

function isRangeValidations(value: unknown): value is RangeValidations {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { add?: unknown }).add === "function"
  );
}

/**
 * Adds one validation to a whole range ("B3:B1000") as a single rule, instead of one per cell.
 * ExcelJS 4.4 has `worksheet.dataValidations.add` without declaring it; should a later version
 * drop it, every cell gets the rule on its own (same file, only slower to write).
 */
export function addRangeValidation(
  worksheet: ExcelJS.Worksheet,
  range: { column: number; firstRow: number; lastRow: number },
  validation: ExcelJS.DataValidation
): void {
  const letter = worksheet.getColumn(range.column + 1).letter;
  const validations: unknown = Reflect.get(worksheet, "dataValidations");
  if (isRangeValidations(validations)) {
    validations.add(`${letter}${range.firstRow}:${letter}${range.lastRow}`, validation);
    return;
  }
  for (let row = range.firstRow; row <= range.lastRow; row++) {
    worksheet.getCell(row, range.column + 1).dataValidation = validation;
  }
}

function formulaeOf(
  rule: TemplateValidation["rule"]
): Pick<ExcelJS.DataValidation, "type" | "formulae" | "operator"> {
  switch (rule.type) {
    case "list":
      // An inline list is one quoted, comma-separated formula.
      return { type: "list", formulae: [`"${rule.values.join(",")}"`] };
    case "list-range":
      return { type: "list", formulae: [rule.range] };
    case "date": {
      const min = serialToDate(rule.min);
      const max = serialToDate(rule.max);
      // Bounds outside Excel's calendar cannot be dates; as serials they admit the same cells.
      return min && max
        ? { type: "date", operator: "between", formulae: [min, max] }
        : { type: "decimal", operator: "between", formulae: [rule.min, rule.max] };
    }
    case "whole":
    case "decimal":
      return rule.max === undefined
        ? { type: rule.type, operator: "greaterThanOrEqual", formulae: [rule.min] }
        : { type: rule.type, operator: "between", formulae: [rule.min, rule.max] };
    case "text-length":
      return { type: "textLength", operator: "lessThanOrEqual", formulae: [rule.max] };
  }
}

/** The model's validation in ExcelJS's terms: prompt shown, errors as warnings that allow the entry. */
export function toExcelValidation(validation: TemplateValidation): ExcelJS.DataValidation {
  return {
    ...formulaeOf(validation.rule),
    allowBlank: true,
    showInputMessage: true,
    promptTitle: validation.promptTitle,
    prompt: validation.prompt,
    showErrorMessage: true,
    errorStyle: validation.errorStyle,
    errorTitle: validation.errorTitle,
    error: validation.error,
  };
}
