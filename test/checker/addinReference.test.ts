import { addinReference, ADDIN_ID, ADDIN_VERSION } from "../../src/checker/addinReference";
import { NS, all, parseManifest, readManifestXml } from "../manifest/readManifest";

describe("the add-in a checked copy's settings belong to", () => {
  test("is the manifest's add-in: its Id and Version", () => {
    const doc = parseManifest(readManifestXml());
    const text = (name: string) => all(doc, NS.app, name)[0]?.textContent?.trim();
    expect(ADDIN_ID).toBe(text("Id"));
    expect(ADDIN_VERSION).toBe(text("Version"));
  });

  test("is referenced under the catalog the page is told the add-in comes from", () => {
    expect(addinReference(null)).toMatchObject({ store: "EXCatalog", storeType: "EXCatalog" });
    expect(addinReference("EXCatalog")).toMatchObject({ storeType: "EXCatalog" });
    expect(addinReference(" \\\\oa\\addins ")).toMatchObject({
      store: "\\\\oa\\addins",
      storeType: "FileSystem",
    });
    expect(addinReference("developer")).toMatchObject({
      store: "developer",
      storeType: "Registry",
    });
  });
});
