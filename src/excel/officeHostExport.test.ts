import { loadFixture } from "../../test/fixtures/loadFixture";
import { createFakeExcel } from "../../test/excel/fakeExcel";
import { createOfficeHost } from "./officeHost";
import { HostError } from "./hostErrors";

/**
 * 导出汇总表 where Excel cannot open a new workbook. A browser (Excel on the web) or Windows'
 * WebView2 saves the file; Excel for Mac's WKWebView ignores the download without a word
 * (OfficeDev/office-js#2700, closed "by design"), so there the pane must not claim a download.
 */

const fixture = loadFixture("department-q1");

function install(platform: string): { clicks: string[] } {
  const fake = createFakeExcel({ sheets: fixture.sheets.map((s) => ({ ...s })) });
  Reflect.set(globalThis, "Office", {
    context: {
      displayLanguage: "zh-CN",
      platform,
      requirements: { isSetSupported: () => true },
      document: { settings: { get: () => undefined } },
    },
  });
  Reflect.set(globalThis, "Excel", {
    run: <T>(body: (context: Excel.RequestContext) => Promise<T>) => body(fake.context),
    createWorkbook: () => Promise.reject(new Error("extension hardening policy")),
  });
  // The page as far as a download touches it; as in WKWebView, a click on the link does nothing.
  const clicks: string[] = [];
  const link = { href: "", download: "", click: () => clicks.push(link.download), remove: () => 0 };
  Reflect.set(globalThis, "document", {
    createElement: () => link,
    body: { append: () => undefined },
  });
  jest.spyOn(URL, "createObjectURL").mockReturnValue("blob:summary");
  jest.spyOn(URL, "revokeObjectURL").mockReturnValue(undefined);
  return { clicks };
}

afterEach(() => {
  jest.restoreAllMocks();
  Reflect.deleteProperty(globalThis, "Office");
  Reflect.deleteProperty(globalThis, "Excel");
  Reflect.deleteProperty(globalThis, "document");
});

test("on Excel for Mac nothing is claimed downloaded: the pane says how to copy the 汇总表", async () => {
  const { clicks } = install("Mac");
  const error = await createOfficeHost()
    .exportSummary()
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HostError);
  expect((error as HostError).messageZh).toContain("移动或复制");
  expect((error as HostError).messageEn).toContain("Move or Copy");
  expect(clicks).toEqual([]);
});

test("where the pane can save files (Excel on the web, Windows) the summary is downloaded", async () => {
  const { clicks } = install("OfficeOnline");
  expect(await createOfficeHost().exportSummary()).toBe("downloaded");
  expect(clicks).toHaveLength(1);
  expect(clicks[0]).toMatch(/^汇总表.*\.xlsx$/);
});
