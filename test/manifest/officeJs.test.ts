import { readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import {
  EXCEL_PLATFORMS,
  LOCAL_DIR,
  OFFICE_JS_CDN,
  fallbackScript,
  officeJsFiles,
  officeJsPlan,
  stripOfficeJsTags,
  supportedLocales,
} from "../../scripts/officeJs";
import { loadBuildPlan } from "./webpackConfig";

const DIST = dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const officeJsSource = readFileSync(join(DIST, "office.js"), "utf8");
const files = officeJsFiles(DIST);

describe("officeJsPlan", () => {
  test("loads Microsoft's CDN first and the local copy when it cannot be reached, by default", () => {
    const local = `${LOCAL_DIR}/office.js`;
    expect(officeJsPlan(undefined)).toEqual({ cdn: OFFICE_JS_CDN, local });
    expect(officeJsPlan(" Auto ")).toEqual({ cdn: OFFICE_JS_CDN, local });
    expect(officeJsPlan("local")).toEqual({ cdn: null, local });
    expect(officeJsPlan("cdn")).toEqual({ cdn: OFFICE_JS_CDN, local: null });
    expect(OFFICE_JS_CDN.startsWith("https://")).toBe(true);
  });

  test("refuses any other value with a message naming it", () => {
    expect(() => officeJsPlan("intranet")).toThrow(/OFFICE_JS 只能是 auto、local 或 cdn.*intranet/);
  });

  test("the fallback writes the local script only when the CDN's left no Office behind", () => {
    const script = fallbackScript("office-js/office.js");
    const written: string[] = [];
    const run = (office: unknown): void => {
      const page = { Office: office, document: { write: (html: string) => written.push(html) } };
      new Function("window", "document", script)(page, page.document);
    };
    run({ onReady: () => undefined });
    expect(written).toEqual([]);
    run(undefined);
    expect(written).toEqual(['<script src="office-js/office.js"></script>']);
    // ES5 only: it runs in every webview Office uses, Trident included.
    expect(script).not.toMatch(/=>|`|\blet\b|\bconst\b/);
  });
});

describe("the local office.js copy", () => {
  test("holds office.js, each Excel platform's host script and the zh-CN and en-US strings", () => {
    expect(files[0]).toBe("office.js");
    for (const file of [
      "zh-cn/office_strings.js",
      "en-us/office_strings.js",
      "telemetry/oteljs_agave.js",
    ]) {
      expect(files).toContain(file);
    }
  });

  test("covers every host script office.js asks for on the platforms Excel runs add-ins", () => {
    // office.js names the host script excel-<platform>-<version>.js from this map.
    const map = /OSF\.HostSpecificFileVersionMap\s*=\s*(\{.*?\}\})/.exec(officeJsSource)?.[1];
    const excel = /excel:\{([^}]*)\}/.exec(map ?? "")?.[1] ?? "";
    const versions = Object.fromEntries(
      Array.from(excel.matchAll(/(\w+):"([\d.]+)"/g), (m) => [m[1], m[2]])
    );
    for (const platform of EXCEL_PLATFORMS) {
      expect({ platform, version: versions[platform] }).toEqual({
        platform,
        version: expect.any(String),
      });
      expect(files).toContain(`excel-${platform}-${versions[platform]}.js`);
    }
  });

  test("has a strings file for every locale office.js may load, and nothing Excel never loads", () => {
    for (const locale of supportedLocales(officeJsSource)) {
      expect(files).toContain(`${locale}/office_strings.js`);
    }
    for (const file of files) {
      expect(file).not.toMatch(
        /\.debug\.js$|^(word|outlook|powerpoint|onenote|project|access)-|outlook_strings/
      );
      expect(statSync(join(DIST, file)).isFile()).toBe(true);
    }
  });

  test("stays small enough to host anywhere (under 10 MB)", () => {
    const bytes = files.reduce((sum, file) => sum + statSync(join(DIST, file)).size, 0);
    expect(bytes).toBeLessThan(10 * 1024 * 1024);
  });

  test("is copied into dist/office-js/ by default and for local, and not at all for the CDN", async () => {
    for (const mode of [undefined, "local"]) {
      const local = await loadBuildPlan("production", { OFFICE_JS: mode });
      const copied = local.copied.filter((c) => c.to.startsWith(`${LOCAL_DIR}/`)).map((c) => c.to);
      expect(copied).toEqual(files.map((file) => `${LOCAL_DIR}/${file}`));
    }
    const cdn = await loadBuildPlan("production", { OFFICE_JS: "cdn" });
    expect(cdn.copied.filter((c) => c.to.startsWith(`${LOCAL_DIR}/`))).toEqual([]);
  });
});

describe("stripOfficeJsTags", () => {
  test("removes the office.js tags a page template carries and keeps every other script", () => {
    const html = [
      "<head>",
      '    <script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>',
      "<script src='/lib/office.debug.js' type=\"text/javascript\"></script>",
      '    <script src="app.js"></script>',
      '    <script src="office.js"></script>',
      '    <script src="myoffice.json.js"></script>',
      "</head>",
    ].join("\n");
    expect(stripOfficeJsTags(html)).toBe(
      [
        "<head>",
        '    <script src="app.js"></script>',
        '    <script src="myoffice.json.js"></script>',
        "</head>",
      ].join("\n")
    );
  });
});
