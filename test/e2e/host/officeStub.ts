import type { FakeSheetSpec } from "../../excel/fakeExcel";
import { installTestHost } from "./testHost";

/**
 * The page's office.js during end-to-end tests. The server puts the workbook before this script
 * as window.e2eWorkbook; the URL chooses the rest: ?lang=en-US, ?theme=dark, ?drop=培训台账,填表说明
 * (sheets left out, for 插入标准模板), ?protect=会议台账 (sheets protected against changes),
 * ?responseBytes=200000 (Excel's response payload limit, lowered), ?api=17 (no notes: ExcelApi
 * 1.17). The test reads the host back
 * through window.e2e.
 */
interface InjectedWorkbook {
  sheets: FakeSheetSpec[];
  settings?: Record<string, unknown>;
}

const params = new URLSearchParams(window.location.search);
const injected = Reflect.get(window, "e2eWorkbook") as InjectedWorkbook | undefined;
if (!injected) throw new Error("the e2e server did not inject the workbook before office.js");
const listed = (name: string): Set<string> =>
  new Set((params.get(name) ?? "").split(",").filter(Boolean));
const dropped = listed("drop");
const protectedSheets = listed("protect");
const responseBytes = Number(params.get("responseBytes") ?? "");
// ?api=17: a host without ExcelApi 1.18, so no notes are written.
const excelApiMinor = Number(params.get("api") ?? "");
const api = installTestHost(window, {
  sheets: injected.sheets
    .filter((sheet) => !dropped.has(sheet.name))
    .map((sheet) => (protectedSheets.has(sheet.name) ? { ...sheet, protected: true } : sheet)),
  ...(responseBytes > 0 ? { limits: { responseBytes } } : {}),
  ...(excelApiMinor > 0 ? { excelApiMinor } : {}),
  displayLanguage: params.get("lang") ?? "zh-CN",
  theme: params.get("theme") === "dark" ? "dark" : "light",
  ...(injected.settings ? { settings: injected.settings } : {}),
});
Reflect.set(window, "e2e", api);
