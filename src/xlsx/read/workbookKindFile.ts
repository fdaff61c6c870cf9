import { streamZipEntry } from "./nodeEntryStream";
import { withWorkbookFile } from "./sniff";
import { workbookKindOfPackage, type WorkbookKind } from "./workbookKind";
import { openPackage } from "./xmlParts";

/** Reads [Content_Types].xml of the file for xl/workbook.xml's declared type. */
export function readWorkbookKind(path: string): Promise<WorkbookKind> {
  return withWorkbookFile(path, {}, (source, layout) =>
    workbookKindOfPackage(openPackage(source, layout, path, streamZipEntry))
  );
}
