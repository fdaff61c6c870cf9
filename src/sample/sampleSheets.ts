import { buildTemplateModel, templateWorkbookInput } from "../engine/template";
import { duesRegister } from "./duesRegister";
import type { SampleWorkbookData } from "./types";
import type { SheetInput } from "../engine";

/** How the sample keeps its dues: the template's one row per payment, or the month-column register. */
export type SampleDuesForm = "rows" | "register";

/**
 * The sample as the sheets of a filled standard template, exactly as a host would read them, so it
 * can be checked without writing a file. With `duesForm: "register"` the 党费台账 is replaced by
 * the same payments kept as the month-column 党员党费交纳登记表.
 */
export function sampleSheets(
  sample: SampleWorkbookData,
  options: { duesForm?: SampleDuesForm } = {}
): SheetInput[] {
  const model = buildTemplateModel({
    year: sample.year,
    unitName: String(sample.unitInfo.unitName),
  });
  const instead = options.duesForm === "register" ? { dues: duesRegister(sample) } : undefined;
  return templateWorkbookInput(model, {
    unitInfo: sample.unitInfo,
    rows: sample.rows,
    ...(instead ? { instead } : {}),
  });
}
