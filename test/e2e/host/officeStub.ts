import type { FakeSheetSpec } from "../../excel/fakeExcel";
import { installTestHost } from "./testHost";

/**
 * The page's office.js during end-to-end tests. The server puts the workbook before this script
 * as window.e2eWorkbook; the URL chooses the rest: ?lang=en-US, ?theme=dark, ?drop=培训台账,填表说明
 * (sheets left out, for 插入标准模板). The test reads the host back through window.e2e.
 */
interface InjectedWorkbook {
  sheets: FakeSheetSpec[];
  settings?: Record<string, unknown>;
}

const params = new URLSearchParams(window.location.search);
const injected = Reflect.get(window, "e2eWorkbook") as InjectedWorkbook | undefined;
if (!injected) throw new Error("the e2e server did not inject the workbook before office.js");
const dropped = new Set((params.get("drop") ?? "").split(",").filter(Boolean));
const api = installTestHost(window, {
  sheets: injected.sheets.filter((sheet) => !dropped.has(sheet.name)),
  displayLanguage: params.get("lang") ?? "zh-CN",
  theme: params.get("theme") === "dark" ? "dark" : "light",
  ...(injected.settings ? { settings: injected.settings } : {}),
});
Reflect.set(window, "e2e", api);
