import { OfficeMockObject } from "office-addin-mock";
import { fakeExcelLibrary } from "../../test/excel/fakeLibrary";
import {
  excelApiSupported,
  GUARDED_FEATURES,
  libraryHas,
  mergedAreasSupported,
  notesSupported,
} from "./requirements";

/**
 * Installs an Office global (office-addin-mock) whose host answers isSetSupported as given, and the
 * `Excel` namespace of a loaded office.js (current unless told what it lacks).
 */
function installOffice(
  isSetSupported: (name: string, version: string) => boolean,
  library: Record<string, unknown> = fakeExcelLibrary()
): () => void {
  const office = new OfficeMockObject({ context: { requirements: { isSetSupported } } });
  Reflect.set(globalThis, "Office", office);
  Reflect.set(globalThis, "Excel", library);
  return () => {
    Reflect.deleteProperty(globalThis, "Office");
    Reflect.deleteProperty(globalThis, "Excel");
  };
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

  test("Excel with ExcelApi 1.18 and a current office.js offers notes and merged areas", () => {
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

  test("a current Excel with an office.js that lacks the Notes API offers no notes", () => {
    // The @microsoft/office-js copy has no Excel.NoteCollection, yet the host says 1.18.
    restore = installOffice(upTo(18), fakeExcelLibrary(["notes"]));
    expect(excelApiSupported(18)).toBe(true);
    expect(notesSupported()).toBe(false);
    expect(mergedAreasSupported()).toBe(true);
  });

  test("without office.js on the page no feature is used", () => {
    restore = installOffice(upTo(18), fakeExcelLibrary());
    Reflect.deleteProperty(globalThis, "Excel");
    expect(notesSupported()).toBe(false);
  });

  test("a host whose check throws is treated as lacking the set", () => {
    restore = installOffice(() => {
      throw new Error("requirements unavailable");
    });
    expect(notesSupported()).toBe(false);
  });

  test("libraryHas wants the class and the member on its prototype", () => {
    class Worksheet {
      get notes(): unknown {
        return null;
      }
    }
    expect(libraryHas(["Worksheet.notes"], { Worksheet })).toBe(true);
    expect(libraryHas(["Worksheet.notes", "Note.content"], { Worksheet })).toBe(false);
    expect(libraryHas(GUARDED_FEATURES.notes.members, undefined)).toBe(false);
  });
});
