/** The one internal module of ExcelJS 4.4.0 (pinned) that saving repairs; see zipTextEncoding.ts. */
declare module "exceljs/lib/utils/zip-stream.js" {
  export const ZipWriter: { prototype: unknown };
}
