import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GUARDED_FEATURES, type GuardedFeature } from "../../src/excel/requirements";
import { excelApiMinor, officeApiUses, ROOT, type ApiUse } from "./officeApiUse";

/**
 * The add-in asks for ExcelApi 1.9 in its manifest, so Excel loads it wherever 1.9 is there. Every
 * Office.js member the source uses above 1.9 must belong to a guarded feature
 * (src/excel/requirements.ts) and appear only in the files that feature allows, where the guard is
 * asked first. The sets come from @types/office-js's "[Api set: ExcelApi 1.n]" tags.
 */

jest.setTimeout(120_000);

const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const MANIFEST_MINOR = Number(
  /<Set\s+Name="ExcelApi"\s+MinVersion="1\.(\d+)"/.exec(manifest)?.[1] ?? "NaN"
);

let uses: ApiUse[];
beforeAll(() => {
  uses = officeApiUses();
});

const featureOf = (member: string): [string, GuardedFeature] | undefined =>
  Object.entries(GUARDED_FEATURES).find(([, feature]) =>
    (feature.members as readonly string[]).includes(member.replace(/^Excel\./, ""))
  );

test("the manifest asks for ExcelApi 1.9", () => {
  expect(MANIFEST_MINOR).toBe(9);
});

test("the scan finds the adapter's Office.js calls with their requirement sets", () => {
  // A smoke check that the scan works: these are certainly used, and their sets are known.
  const found = (member: string) => uses.find((u) => u.member === member);
  expect(found("Excel.Range.values")).toMatchObject({ apiSet: "ExcelApi 1.1" });
  expect(found("Excel.Worksheet.getRanges")).toMatchObject({ apiSet: "ExcelApi 1.9" });
  expect(found("Excel.Worksheet.notes")).toMatchObject({ apiSet: "ExcelApi 1.18" });
  expect(uses.length).toBeGreaterThan(200);
});

test("every member above the manifest's set is guarded and used only where its feature allows", () => {
  const above = uses.filter((u) => (excelApiMinor(u.apiSet) ?? 0) > MANIFEST_MINOR);
  const unguarded = above
    .filter((use) => {
      const feature = featureOf(use.member)?.[1];
      return !feature || !(feature.files as readonly string[]).includes(use.file);
    })
    .map((u) => `${u.member} [${u.apiSet}] at ${u.file}:${u.line}`);
  expect(unguarded).toEqual([]);
});

test("each guarded feature's set is the highest its members need", () => {
  for (const [name, feature] of Object.entries(GUARDED_FEATURES)) {
    const needed = uses
      .filter((u) =>
        (feature.members as readonly string[]).includes(u.member.replace(/^Excel\./, ""))
      )
      .map((u) => excelApiMinor(u.apiSet) ?? 0);
    expect({ name, minor: Math.max(0, ...needed) }).toEqual({ name, minor: feature.minor });
  }
});

test("no Office.js member outside ExcelApi's sets is used without a guard", () => {
  // Other sets (WordApi, SharedRuntime, DialogApi…) would need a check of their own.
  const other = uses
    .filter((u) => u.apiSet !== null && excelApiMinor(u.apiSet) === null)
    .filter((u) => !/^(Mailbox|Word|PowerPoint|OneNote)/.test(u.apiSet ?? ""))
    .map((u) => `${u.member} [${u.apiSet}] at ${u.file}:${u.line}`);
  expect(other).toEqual([]);
});
