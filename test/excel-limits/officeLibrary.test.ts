import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { GUARDED_FEATURES, libraryHas } from "../../src/excel/requirements";
import { officeJsFiles } from "../../scripts/officeJs";
import { officeApiUses, type ApiUse } from "./officeApiUse";

/**
 * The office.js that dist/ ships (dist/office-js/, the fallback when Microsoft's CDN cannot be
 * reached, and the only copy with OFFICE_JS=local) against what the add-in calls: each Excel host
 * script is evaluated in a sandbox, as office.js loads it, and every Office.js member the source
 * uses must exist in its `Excel` namespace — unless it belongs to a guarded feature whose library
 * check (src/excel/requirements.ts) says no for that library. So a guard that lets a member
 * through which the shipped library lacks fails here, as the Notes API once did.
 */

jest.setTimeout(120_000);

const DIST = dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const OFFICE_JS = readFileSync(join(DIST, "office.js"), "utf8");

/**
 * The host scripts office.js loads for Excel: excel-<platform>-<version>.js, the version from its
 * own map (OSF.HostSpecificFileVersionMap), on the platforms that run the add-in.
 */
function hostScripts(): string[] {
  const map = /OSF\.HostSpecificFileVersionMap\s*=\s*(\{.*?\}\})/.exec(OFFICE_JS)?.[1];
  const excel = /excel:\{([^}]*)\}/.exec(map ?? "")?.[1] ?? "";
  const shipped = officeJsFiles(DIST);
  return Array.from(excel.matchAll(/(\w+):"([\d.]+)"/g), (m) => `excel-${m[1]}-${m[2]}.js`).filter(
    (file) => shipped.includes(file)
  );
}
const HOST_SCRIPTS = hostScripts();

/** The `Excel` namespace a host script defines, evaluated with the little of a page it touches. */
function loadExcelNamespace(file: string): Record<string, unknown> {
  const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
  const page: Record<string, unknown> = {
    console: quiet,
    setTimeout,
    clearTimeout,
    navigator: { userAgent: "Mozilla/5.0" },
    location: { href: "https://localhost/taskpane.html", protocol: "https:", hash: "", search: "" },
    document: {
      readyState: "complete",
      cookie: "",
      createElement: () => ({}),
      getElementsByTagName: () => [],
      addEventListener: () => undefined,
    },
  };
  page.window = page;
  page.self = page;
  createContext(page);
  runInContext(readFileSync(join(DIST, file), "utf8"), page, { filename: file });
  const excel = page.Excel;
  if (typeof excel !== "object" || excel === null) throw new Error(`${file} defined no Excel`);
  return excel as Record<string, unknown>;
}

/** "Excel.Range.values" → whether the class exists and has the member; null for non-classes. */
function hasMember(excel: Record<string, unknown>, member: string): boolean | null {
  const [namespace, className = "", name = ""] = member.split(".");
  if (namespace !== "Excel") return null;
  if (name === "") return className in excel;
  const cls = excel[className];
  // Interfaces (load options, rule shapes) are plain objects in the request, not library classes.
  if (typeof cls !== "function") return null;
  return name in (cls.prototype as object) || name in cls;
}

let uses: ApiUse[];
beforeAll(() => {
  uses = officeApiUses();
});

test("dist/ ships a host script for every platform Excel runs the add-in on", () => {
  expect(HOST_SCRIPTS.map((f) => f.replace(/-16\.\d+\.js$/, ""))).toEqual(
    expect.arrayContaining(["excel-win32", "excel-mac", "excel-web", "excel-ios"])
  );
});

describe.each(HOST_SCRIPTS)("%s", (file) => {
  let excel: Record<string, unknown>;
  beforeAll(() => {
    excel = loadExcelNamespace(file);
  });

  test("has every member the add-in uses, or its guard says no", () => {
    const refused = Object.values(GUARDED_FEATURES)
      .filter((feature) => !libraryHas(feature.members, excel))
      .flatMap((feature) => feature.members.map((m) => `Excel.${m}`));
    const missing = [
      ...new Set(
        uses
          .filter((use) => hasMember(excel, use.member) === false)
          .filter((use) => !refused.includes(use.member))
          .map((use) => `${use.member} (${use.file}:${use.line})`)
      ),
    ];
    expect(missing).toEqual([]);
  });

  test("the guards see what this copy lacks: no Notes API, merged areas present", () => {
    // @microsoft/office-js 1.1.110, the last npm release, predates ExcelApi 1.18's notes.
    expect(typeof excel.NoteCollection).toBe("undefined");
    expect(libraryHas(GUARDED_FEATURES.notes.members, excel)).toBe(false);
    expect(libraryHas(GUARDED_FEATURES.mergedAreas.members, excel)).toBe(true);
  });
});
