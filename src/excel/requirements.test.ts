import { OfficeMockObject } from "office-addin-mock";
import { excelApiSupported, mergedAreasSupported, notesSupported } from "./requirements";

/** Installs an Office global (office-addin-mock) whose host supports ExcelApi up to 1.<highest>. */
function installOffice(isSetSupported: (name: string, version: string) => boolean): () => void {
  const office = new OfficeMockObject({ context: { requirements: { isSetSupported } } });
  Reflect.set(globalThis, "Office", office);
  return () => Reflect.deleteProperty(globalThis, "Office");
}

const upTo = (highest: number) => (name: string, version: string) =>
  name === "ExcelApi" && Number(version.split(".")[1]) <= highest;

describe("requirement sets", () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  test("outside Office nothing beyond the manifest is assumed", () => {
    expect(excelApiSupported(9)).toBe(false);
    expect(notesSupported()).toBe(false);
  });

  test("Excel with ExcelApi 1.18 offers notes and merged areas", () => {
    restore = installOffice(upTo(18));
    expect(notesSupported()).toBe(true);
    expect(mergedAreasSupported()).toBe(true);
  });

  test("an older Excel (ExcelApi 1.12) offers neither", () => {
    restore = installOffice(upTo(12));
    expect(notesSupported()).toBe(false);
    expect(mergedAreasSupported()).toBe(false);
    expect(excelApiSupported(9)).toBe(true);
  });

  test("a host whose check throws is treated as lacking the set", () => {
    restore = installOffice(() => {
      throw new Error("requirements unavailable");
    });
    expect(notesSupported()).toBe(false);
  });
});
