import { GUARDED_FEATURES, type FeatureName } from "../../src/excel/requirements";

/**
 * The `Excel` namespace office.js leaves on the page, as far as the adapter's guards look at it:
 * one class per guarded member's class, with the member on its prototype. isSetSupported answers
 * for the host, while the library the page loaded may be older (the @microsoft/office-js 1.1.110
 * copy has no NoteCollection), so a fake can load a library that `lacks` features the host has.
 */
export function fakeExcelLibrary(lacks: readonly FeatureName[] = []): Record<string, unknown> {
  const prototypes = new Map<string, Record<string, unknown>>();
  for (const [name, feature] of Object.entries(GUARDED_FEATURES)) {
    if (lacks.includes(name as FeatureName)) continue;
    for (const member of feature.members) {
      const [className = "", property = ""] = member.split(".");
      const prototype = prototypes.get(className) ?? {};
      prototype[property] = undefined;
      prototypes.set(className, prototype);
    }
  }
  const library: Record<string, unknown> = {};
  for (const [className, prototype] of prototypes) {
    const cls = function FakeLibraryClass(): void {
      // Never constructed: the guards only look at the prototype.
    };
    cls.prototype = prototype;
    library[className] = cls;
  }
  return library;
}
