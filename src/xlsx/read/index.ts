export { readXlsxBuffer, readXlsxFile, type XlsxBook, type XlsxReadOptions } from "./readXlsx";
export { sheetsFromWorkbook, type SheetReadOptions } from "./sheetsFromWorkbook";
export { streamXlsxSheets, type StreamProgress, type StreamReadOptions } from "./streamSheets";
export { isXlsxReadError, XlsxReadError, type XlsxReadReason } from "./readError";
export {
  DEFAULT_ZIP_LIMITS,
  sniffWorkbookBuffer,
  sniffWorkbookFile,
  type ZipLimits,
} from "./sniff";
export { DEFAULT_GRID_LIMITS, type GridLimits } from "./gridBuilder";
