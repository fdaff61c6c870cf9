import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { COMMAND_NAMES } from "../../src/excel/commandOutcome";
import { createCommandHandlers } from "../../src/commands/commandHandlers";
import { registerCommands } from "../../src/commands/registerCommands";
import { DEV_BASE_URL } from "../../scripts/manifestUrls";
import { ADDIN_ID } from "../../src/engine/config/stored";
import { all, NS, parseManifest, pngSize, readManifestXml, ROOT } from "./readManifest";
import { loadBuildPlan } from "./webpackConfig";

/** What the schemas cannot check: references, locales, URLs, icons and the function names. */

const doc = parseManifest(readManifestXml());
const CJK = /[\u4e00-\u9fff]/;

/** Resource containers, and which one each kind of resid-carrying element must point into. */
const CONTAINERS = {
  Images: "bt:Images",
  Urls: "bt:Urls",
  ShortStrings: "bt:ShortStrings",
  LongStrings: "bt:LongStrings",
} as const;
type Container = keyof typeof CONTAINERS;
const CONTAINER_OF: Record<string, Container> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

function resources(container: Container): Map<string, Element> {
  const [parent] = all(doc, NS.bt, container);
  const map = new Map<string, Element>();
  for (const child of parent ? Array.from(parent.children) : []) {
    const id = child.getAttribute("id");
    if (id === null) throw new Error(`a resource in ${container} has no id`);
    if (map.has(id)) throw new Error(`resource id ${id} is defined twice in ${container}`);
    map.set(id, child);
  }
  return map;
}

/** The URL-valued attributes (DefaultValue/Value holding a URL) anywhere in a manifest. */
function urlAttributes(document: Document): string[] {
  return Array.from(document.getElementsByTagName("*"))
    .flatMap((e) => [e.getAttribute("DefaultValue"), e.getAttribute("Value")])
    .filter((v): v is string => v !== null && /^[a-z]+:\/\//.test(v));
}

const referencing = Array.from(doc.getElementsByTagName("*")).filter((e) =>
  e.hasAttribute("resid")
);

/** Every URL the manifest gives Office, with where it was found. */
function urls(): { where: string; url: string }[] {
  const found: { where: string; url: string }[] = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]) {
    for (const element of all(doc, NS.app, name)) {
      found.push({ where: name, url: element.getAttribute("DefaultValue") ?? "" });
    }
  }
  for (const container of ["Images", "Urls"] as const) {
    for (const [id, element] of resources(container)) {
      found.push({ where: id, url: element.getAttribute("DefaultValue") ?? "" });
      for (const override of Array.from(element.children)) {
        found.push({ where: `${id} override`, url: override.getAttribute("Value") ?? "" });
      }
    }
  }
  return found;
}

/** Each icon file the manifest names, with the pixel size Office expects of it. */
function icons(): { id: string; url: string; size: number }[] {
  const images = resources("Images");
  const list: { id: string; url: string; size: number }[] = [];
  for (const use of all(doc, NS.bt, "Image").filter((e) => e.hasAttribute("resid"))) {
    const id = use.getAttribute("resid") ?? "";
    list.push({
      id,
      url: images.get(id)?.getAttribute("DefaultValue") ?? "",
      size: Number(use.getAttribute("size")),
    });
  }
  const icon = (name: string): string =>
    all(doc, NS.app, name)[0]?.getAttribute("DefaultValue") ?? "";
  list.push({ id: "IconUrl", url: icon("IconUrl"), size: 32 });
  list.push({ id: "HighResolutionIconUrl", url: icon("HighResolutionIconUrl"), size: 64 });
  return list;
}

describe("manifest.xml", () => {
  test("is an Excel task pane add-in needing ExcelApi 1.9 and read/write access", () => {
    expect(doc.documentElement.localName).toBe("OfficeApp");
    expect(doc.documentElement.getAttributeNS(NS.xsi, "type")).toBe("TaskPaneApp");
    expect(all(doc, NS.app, "Host").map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    const sets = all(doc, NS.app, "Set").map((s) => [
      s.getAttribute("Name"),
      s.getAttribute("MinVersion"),
    ]);
    expect(sets).toEqual([["ExcelApi", "1.9"]]);
    expect(all(doc, NS.app, "Permissions")[0]?.textContent).toBe("ReadWriteDocument");
  });

  test("every resid resolves to a resource of the right kind, and every resource is used", () => {
    expect(referencing.length).toBeGreaterThan(0);
    const used = new Set<string>();
    for (const element of referencing) {
      const container = CONTAINER_OF[element.localName];
      const id = element.getAttribute("resid") ?? "";
      expect({ element: element.localName, id, container }).toEqual({
        element: element.localName,
        id,
        container: expect.any(String),
      });
      expect({ id, found: resources(container as Container).has(id) }).toEqual({ id, found: true });
      used.add(`${container}:${id}`);
    }
    for (const container of Object.keys(CONTAINERS) as Container[]) {
      for (const id of resources(container).keys()) expect(used).toContain(`${container}:${id}`);
    }
  });

  test("the default locale is zh-CN and every user-visible string has an en-US override", () => {
    expect(all(doc, NS.app, "DefaultLocale")[0]?.textContent).toBe("zh-CN");
    const strings = [
      ...all(doc, NS.app, "DisplayName"),
      ...all(doc, NS.app, "Description").filter((e) => e.hasAttribute("DefaultValue")),
      ...resources("ShortStrings").values(),
      ...resources("LongStrings").values(),
    ];
    expect(strings.length).toBeGreaterThanOrEqual(10);
    for (const element of strings) {
      const name = element.getAttribute("id") ?? element.localName;
      const zh = element.getAttribute("DefaultValue") ?? "";
      const overrides = Array.from(element.children).filter((c) => c.localName === "Override");
      const en =
        overrides.find((o) => o.getAttribute("Locale") === "en-US")?.getAttribute("Value") ?? "";
      expect({ name, zhIsChinese: CJK.test(zh), enIsEnglish: /^[A-Z][A-Za-z]/.test(en) }).toEqual({
        name,
        zhIsChinese: true,
        enIsEnglish: true,
      });
    }
  });

  test("the ribbon group 党建台账 on the Home tab opens the pane and runs both function commands", () => {
    const tab = all(doc, NS.ov, "OfficeTab")[0];
    expect(tab?.getAttribute("id")).toBe("TabHome");
    const group = all(doc, NS.ov, "Group")[0];
    const label = group?.getElementsByTagNameNS(NS.ov, "Label")[0]?.getAttribute("resid") ?? "";
    expect(resources("ShortStrings").get(label)?.getAttribute("DefaultValue")).toBe("党建台账");
    const actions = all(doc, NS.ov, "Action").map((a) => a.getAttributeNS(NS.xsi, "type"));
    expect(actions).toEqual(["ShowTaskpane", "ExecuteFunction", "ExecuteFunction"]);
    const labels = all(doc, NS.ov, "Control").map((control) => {
      const id = control.getElementsByTagNameNS(NS.ov, "Label")[0]?.getAttribute("resid") ?? "";
      return resources("ShortStrings").get(id)?.getAttribute("DefaultValue");
    });
    expect(labels).toEqual(["打开检查面板", "一键检查", "清除标记"]);
    for (const control of all(doc, NS.ov, "Control")) {
      expect(control.getElementsByTagNameNS(NS.ov, "Supertip")).toHaveLength(1);
    }
  });

  test("the function names match the functions the function file registers", () => {
    const inManifest = all(doc, NS.ov, "FunctionName").map((f) => f.textContent);
    expect(inManifest).toEqual([...COMMAND_NAMES]);
    const associated: string[] = [];
    const global: Record<string, unknown> = {};
    const handlers = createCommandHandlers({
      createHost: () => {
        throw new Error("not called while registering");
      },
      report: () => undefined,
    });
    registerCommands(handlers, { actions: { associate: (id) => associated.push(id) } }, global);
    expect(associated.sort()).toEqual([...inManifest].sort());
    expect(Object.keys(global).sort()).toEqual([...inManifest].sort());
  });

  test("every URL is https and on the dev server's origin, which the build rewrites", () => {
    const found = urls();
    expect(found.length).toBeGreaterThan(10);
    expect(urlAttributes(doc)).toHaveLength(found.length);
    for (const { where, url } of found) {
      expect({ where, url, underBase: url.startsWith(DEV_BASE_URL) }).toEqual({
        where,
        url,
        underBase: true,
      });
    }
    const domains = all(doc, NS.app, "AppDomain").map((d) => d.textContent);
    expect(domains).toEqual([new URL(DEV_BASE_URL).origin]);
  });

  test("every referenced icon exists in assets/ with the pixel size Office expects", () => {
    const list = icons();
    expect(new Set(list.map((i) => i.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const { id, url, size } of list) {
      const file = join(ROOT, url.slice(DEV_BASE_URL.length));
      expect({ id, file: file.slice(ROOT.length), exists: existsSync(file) }).toEqual({
        id,
        file: expect.stringMatching(/^[\\/]assets[\\/][\w-]+\.png$/),
        exists: true,
      });
      expect({ id, ...pngSize(readFileSync(file)) }).toEqual({ id, width: size, height: size });
    }
  });

  test("every page the manifest names is a page the build emits", async () => {
    const plan = await loadBuildPlan("production", {
      ADDIN_BASE_URL: undefined,
      OFFICE_JS: undefined,
    });
    const pages = urls()
      .map(({ url }) => url.slice(DEV_BASE_URL.length))
      .filter((path) => path.endsWith(".html"));
    expect(new Set(pages)).toEqual(new Set(["taskpane.html", "commands.html", "help.html"]));
    for (const page of pages) expect(plan.pages).toContain(page);
  });
});

describe("the built manifest (dist/manifest.xml)", () => {
  const base = "https://dangjian.example.gov.cn/addins/party-ledger/";

  test("points everywhere at ADDIN_BASE_URL in a production build", async () => {
    const plan = await loadBuildPlan("production", { ADDIN_BASE_URL: base });
    const built = parseManifest(plan.manifestTransform(Buffer.from(readManifestXml())));
    const text = urlAttributes(built);
    expect(text.length).toBeGreaterThan(10);
    for (const url of text) expect(url.startsWith(base)).toBe(true);
    expect(all(built, NS.app, "AppDomain").map((d) => d.textContent)).toEqual([
      "https://dangjian.example.gov.cn",
    ]);
    expect(plan.manifestTransform(Buffer.from(readManifestXml()))).not.toContain("localhost");
  });

  test("keeps the dev server's URLs in a development build", async () => {
    const plan = await loadBuildPlan("development", { ADDIN_BASE_URL: base });
    expect(plan.manifestTransform(Buffer.from(readManifestXml()))).toBe(readManifestXml());
  });

  test("refuses a production base URL Office would not load", async () => {
    const plan = await loadBuildPlan("production", {
      ADDIN_BASE_URL: "http://dangjian.example.gov.cn/",
    });
    expect(() => plan.manifestTransform(Buffer.from(readManifestXml()))).toThrow(/https/);
  });
});

describe("English locales", () => {
  // Office picks an override by the exact locale: without its own, en-GB would get the zh-CN default.
  const ENGLISH = ["en-GB", "en-AU", "en-CA", "en-IE", "en-IN", "en-NZ", "en-SG", "en-ZA"];
  const text = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
  const overrides = (locale: string): string[] =>
    Array.from(
      text.matchAll(new RegExp(`Override Locale="${locale}" Value="([^"]*)"`, "g")),
      (m) => m[1] ?? ""
    );

  test.each(ENGLISH)("%s gets every English text en-US gets", (locale) => {
    expect(overrides("en-US").length).toBeGreaterThan(5);
    expect(overrides(locale)).toEqual(overrides("en-US"));
  });
});

describe("the add-in's id", () => {
  test("is the one the command line looks for the add-in's stored settings under", () => {
    const [id] = all(doc, NS.app, "Id");
    expect(id?.textContent?.trim().toLowerCase()).toBe(ADDIN_ID.toLowerCase());
  });
});
