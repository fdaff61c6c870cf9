import type { SheetInput } from "../engine/cell/types";
import { buildTemplateModel, templateWorkbookInput } from "../engine/template";
import type { SampleWorkbookData } from "./types";

/**
 * The sample as the sheets of a filled standard template, exactly as a host would read them, so it
 * can be checked without writing a file.
 */
export function sampleSheets(sample: SampleWorkbookData): SheetInput[] {
  const model = buildTemplateModel({
    year: sample.year,
    unitName: String(sample.unitInfo.unitName),
  });
  return templateWorkbookInput(model, { unitInfo: sample.unitInfo, rows: sample.rows });
}
