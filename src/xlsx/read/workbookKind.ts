import { parseXmlPart, type XlsxPackage } from "./xmlParts";

/**
 * What the package's main part declares itself to be. A macro-enabled workbook (.xlsm) or a
 * template (.xltx, .xltm) differs from a plain workbook in that content type alone.
 */
export type WorkbookKind = "workbook" | "macro-enabled" | "template" | "macro-template" | "other";

const MAIN_TYPES: Readonly<Record<string, WorkbookKind>> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "workbook",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": "macro-enabled",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": "template",
  "application/vnd.ms-excel.template.macroEnabled.main+xml": "macro-template",
};

/** The extension a file of each kind carries. */
export const KIND_EXTENSION: Readonly<Record<WorkbookKind, string>> = {
  workbook: ".xlsx",
  "macro-enabled": ".xlsm",
  template: ".xltx",
  "macro-template": ".xltm",
  other: ".xlsx",
};

/** The kind a content type names; "other" for one no Excel writes for xl/workbook.xml. */
export const workbookKindOf = (contentType: string | undefined): WorkbookKind =>
  (contentType === undefined ? undefined : MAIN_TYPES[contentType.trim()]) ?? "other";

/** Reads [Content_Types].xml of an opened package for xl/workbook.xml's declared type. */
export async function workbookKindOfPackage(pkg: XlsxPackage): Promise<WorkbookKind> {
  let type: string | undefined;
  await parseXmlPart(pkg, "[Content_Types].xml", (parser) => {
    parser.on("opentag", (tag) => {
      if (tag.name !== "Override") return;
      const part = tag.attributes.PartName ?? "";
      if (part.toLowerCase() === "/xl/workbook.xml") type = tag.attributes.ContentType;
    });
  });
  return workbookKindOf(type);
}
