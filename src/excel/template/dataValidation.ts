import type { TemplateValidation, ValidationRule } from "../../engine/template";
import { isoDate, PHANTOM_LEAP_DAY } from "../../engine";

/**
 * The template's validations in Office.js terms, admitting exactly what src/xlsx/template's
 * ExcelJS validations admit: drop-down lists, date and number bounds, text lengths; a prompt on
 * entry and a warning (never a stop) on a value outside the rule, so the officer may keep it.
 */

/** Serials from here on are real dates in Excel's 1900 calendar (after the phantom 1900-02-29). */
const FIRST_REAL_SERIAL = PHANTOM_LEAP_DAY + 1;

export function toOfficeRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.type) {
    case "list":
      return { list: { inCellDropDown: true, source: rule.values.join(",") } };
    case "list-range":
      // A source starting with "=" is a reference; without it Excel would list the text itself.
      return { list: { inCellDropDown: true, source: `=${rule.range}` } };
    case "date":
      if (rule.min >= FIRST_REAL_SERIAL && rule.max >= FIRST_REAL_SERIAL) {
        return {
          date: { formula1: isoDate(rule.min), formula2: isoDate(rule.max), operator: "Between" },
        };
      }
      // Bounds outside Excel's calendar cannot be dates; as serials they admit the same cells.
      return { decimal: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "whole":
    case "decimal": {
      const kind = rule.type === "whole" ? "wholeNumber" : "decimal";
      const condition: Excel.BasicDataValidation =
        rule.max === undefined
          ? { formula1: rule.min, operator: "GreaterThanOrEqualTo" }
          : { formula1: rule.min, formula2: rule.max, operator: "Between" };
      return { [kind]: condition };
    }
    case "text-length":
      return { textLength: { formula1: rule.max, operator: "LessThanOrEqualTo" } };
  }
}

/** Operations applyValidation queues, for request budgeting. */
export const VALIDATION_OPERATIONS = 4;

/** Queues a validation onto a range of a new (validation-free) sheet. */
export function applyValidation(range: Excel.Range, validation: TemplateValidation): void {
  const target = range.dataValidation;
  target.ignoreBlanks = true;
  target.rule = toOfficeRule(validation.rule);
  target.prompt = { showPrompt: true, title: validation.promptTitle, message: validation.prompt };
  target.errorAlert = {
    showAlert: true,
    style: validation.errorStyle === "warning" ? "Warning" : "Stop",
    title: validation.errorTitle,
    message: validation.error,
  };
}
