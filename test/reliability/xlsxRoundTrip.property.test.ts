import ExcelJS from "exceljs";
import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { readXlsxBuffer, streamXlsxSheets } from "../../src/xlsx/read";
import { gridColumns } from "../../src/xlsx/package/gridColumns";
import { nodeCodec } from "../../src/xlsx/package/nodeCodec";
import { checkPackage, clearPackage } from "../../src/xlsx/package/packageCheck";
import { parseXml } from "../../src/xlsx/package/xmlDocument";
import { readArchive } from "../../src/xlsx/package/zipArchive";
import { snapshotWorkbook, type SheetSnapshot } from "../../src/xlsx/write/testing/snapshot";
import { gridOf, mergesOf, workbookShapes, type SheetShape } from "./arbitraries";
import { writeXlsxBuffer } from "../../src/xlsx/write/saveXlsx";
import { cellAddress, checkWorkbook, summarize } from "../../src/engine";

/**
 * No data loss through the command line's path: a random workbook, decorated as a user keeps it
 * (formulas with cached results, number formats, fills, conditional formats, plain and rich notes,
 * merged titles), saved, then read → checked → marked → saved → loaded → cleared → saved → loaded,
 * comes back exactly as it was; and checking a checked file again gives the once-checked file.
 */

/** Where on the sheet a decoration goes, as fractions of the grid so it always lands inside. */
interface Decoration {
  kind: "formula" | "textFormula" | "error" | "numFmt" | "fill" | "note" | "richNote" | "cf";
  at: [number, number];
  size: [number, number];
  text: string;
}

const decoration: fc.Arbitrary<Decoration> = fc.record({
  kind: fc.constantFrom(
    "formula",
    "textFormula",
    "error",
    "numFmt",
    "fill",
    "note",
    "richNote",
    "cf"
  ),
  at: fc.tuple(
    fc.double({ min: 0, max: 0.999, noNaN: true }),
    fc.double({ min: 0, max: 0.999, noNaN: true })
  ),
  size: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 })),
  text: fc.oneof(
    fc.constantFrom("已补记", "=SUM(A1)", "+1", "@x", "😀 见档案盒3", "张三:\n会议记录", "#N/A"),
    fc.string({ maxLength: 20, unit: "grapheme" })
  ),
});

interface DecoratedSheet {
  shape: SheetShape;
  decorations: Decoration[];
}

const decoratedWorkbook: fc.Arbitrary<DecoratedSheet[]> = workbookShapes.chain((shapes) =>
  fc.tuple(
    ...shapes.map((shape) =>
      fc.record({ shape: fc.constant(shape), decorations: fc.array(decoration, { maxLength: 8 }) })
    )
  )
);

const NUM_FMTS = ["yyyy-mm-dd", "0.00%", "#,##0.00", "@", '"第"0"次"', "[Red]-0.0"];

/** A merged area's other cells hold no value of their own. */
const isMergedAway = (cell: ExcelJS.Cell): boolean => cell.type === ExcelJS.ValueType.Merge;

function decorate(
  sheet: ExcelJS.Worksheet,
  shape: SheetShape,
  decorations: readonly Decoration[]
): void {
  const grid = gridOf(shape);
  const height = grid.length;
  const width = Math.max(...grid.map((r) => r.length), 1);
  decorations.forEach((d, i) => {
    const row = shape.origin.row + Math.floor(d.at[0] * height);
    const column = shape.origin.column + 1 + Math.floor(d.at[1] * width);
    const cell = sheet.getCell(row, column);
    if (isMergedAway(cell)) return;
    switch (d.kind) {
      case "formula":
        cell.value = { formula: `ROW()*${i + 1}`, result: row * (i + 1) };
        break;
      case "textFormula":
        cell.value = { formula: `"${d.text.replace(/"/g, '""')}"`, result: d.text };
        break;
      case "error":
        cell.value = { error: "#N/A" } as ExcelJS.CellErrorValue;
        break;
      case "numFmt":
        cell.numFmt = NUM_FMTS[i % NUM_FMTS.length] ?? "0";
        break;
      case "fill":
        cell.fill = {
          type: "pattern",
          pattern: "solid",
          fgColor: { argb: i % 2 ? "FF92D050" : "FFFFFF00" },
        };
        break;
      case "note":
        cell.note = d.text === "" ? "空" : d.text;
        break;
      case "richNote":
        cell.note = {
          texts: [
            { text: "张三:", font: { bold: true, size: 9, name: "宋体" } },
            { text: `\n${d.text}`, font: { size: 9, name: "宋体" } },
          ],
        };
        break;
      case "cf": {
        const last = cellAddress(row + d.size[0] - 1, column + d.size[1] - 2);
        sheet.addConditionalFormatting({
          ref: `${cellAddress(row, column - 1)}:${last}`,
          rules: [
            i % 2
              ? {
                  type: "expression",
                  priority: i + 1,
                  formulae: ["MOD(ROW(),2)=0"],
                  style: {
                    fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFF2F2F2" } },
                  },
                }
              : {
                  type: "cellIs",
                  operator: "lessThan",
                  priority: i + 1,
                  formulae: ["5"],
                  style: { font: { color: { argb: "FFFF0000" } } },
                },
          ],
        });
        break;
      }
    }
  });
}

function buildWorkbook(sheets: readonly DecoratedSheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const { shape, decorations } of sheets) {
    const sheet = workbook.addWorksheet(shape.name);
    gridOf(shape).forEach((values, r) =>
      values.forEach((value, c) => {
        if (value !== "")
          sheet.getCell(shape.origin.row + r, shape.origin.column + c + 1).value = value;
      })
    );
    for (const merge of mergesOf(shape)) sheet.mergeCells(merge);
    decorate(sheet, shape, decorations);
  }
  return workbook;
}

const save = (workbook: ExcelJS.Workbook): Promise<Uint8Array> => writeXlsxBuffer(workbook);

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  return (await readXlsxBuffer(bytes, { file: "property.xlsx" })).workbook;
}

const folder = mkdtempSync(join(tmpdir(), "package-property-"));
let files = 0;

/**
 * Reads, checks and marks the file as `party-ledger check` does — the streaming reader, then the
 * package writer; returns the checked file.
 */
async function checkFile(bytes: Uint8Array): Promise<Uint8Array> {
  const path = join(folder, `${files++}.xlsx`);
  writeFileSync(path, bytes);
  const sheets = await streamXlsxSheets(path);
  const result = checkWorkbook(sheets, { asOf: "2024-12-31" });
  const summary = summarize(result, { checkedAt: "2025-01-05 10:30", version: "0.1.0" });
  const patch = { plan: result.highlights, summary, ...gridColumns(sheets) };
  return (await checkPackage(bytes, patch, nodeCodec)).bytes;
}

async function clearFile(bytes: Uint8Array): Promise<Uint8Array> {
  return (await clearPackage(bytes, nodeCodec)).bytes ?? bytes;
}

/** Parts by name: their stored (compressed) bytes and their content. */
async function partsOf(bytes: Uint8Array): Promise<Map<string, { raw: Buffer; content: Buffer }>> {
  return new Map(
    (await readArchive(bytes)).map((entry) => [
      entry.name,
      {
        raw: Buffer.from(entry.data),
        content: entry.method === 0 ? Buffer.from(entry.data) : inflateRawSync(entry.data),
      },
    ])
  );
}

/** What a check may edit; every other part must keep its compressed bytes. */
const OURS =
  /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?|xl\/comments\d+\.xml|xl\/drawings\/vmlDrawing\d+\.vml)$/;

/** The ledger sheets only: our summary sheet is added by a check and is not the user's data. */
const ledgerSheets = (snapshot: SheetSnapshot[], names: ReadonlySet<string>): SheetSnapshot[] =>
  snapshot.filter((s) => names.has(s.name));

/**
 * Each case saves and loads several files: a failure's shrinking is cut off after a minute and
 * reported with the smallest counterexample found so far, rather than hitting jest's timeout.
 */
const BOUNDED = (numRuns: number) => ({
  numRuns,
  interruptAfterTimeLimit: 60_000,
  markInterruptAsFailure: true,
  // A fixed seed keeps CI reproducible; explore with FC_SEED=<n>. Seed -714921543 found the
  // emoji that JSZip's 16K text blocks cut in two (src/xlsx/write/zipTextEncoding.ts).
  seed: Number(process.env.FC_SEED ?? 20261126),
});

describe("the .xlsx path loses nothing", () => {
  test("check → clear gives back every part, value, format and note; parts not ours keep their bytes", async () => {
    await fc.assert(
      fc.asyncProperty(decoratedWorkbook, async (sheets) => {
        const original = await save(buildWorkbook(sheets));
        // The baseline is the file as ExcelJS writes it: one save and load.
        const before = snapshotWorkbook(await load(original));
        const names = new Set(before.map((s) => s.name));

        const checkedBytes = await checkFile(original);
        const marked = snapshotWorkbook(await load(checkedBytes));
        // Marked, the ledgers still hold every value, formula, number format and fill.
        for (const sheet of ledgerSheets(marked, names)) {
          const was = before.find((s) => s.name === sheet.name);
          for (const [address, cell] of Object.entries(was?.cells ?? {})) {
            const now = sheet.cells[address];
            expect({
              address,
              value: now?.value,
              numFmt: now?.numFmt,
              fill: now?.fill,
              font: now?.font,
            }).toEqual({
              address,
              value: cell.value,
              numFmt: cell.numFmt,
              fill: cell.fill,
              font: cell.font,
            });
          }
          expect(sheet.merges).toEqual(was?.merges);
        }

        const clearedBytes = await clearFile(checkedBytes);
        expect(snapshotWorkbook(await load(clearedBytes))).toEqual(before);

        // At the package level: parts not ours keep their compressed bytes, ours re-parse, and
        // clearing gives back every part's content.
        const input = await partsOf(original);
        const markedParts = await partsOf(checkedBytes);
        for (const [name, part] of input) {
          const now = markedParts.get(name);
          expect(now).toBeDefined();
          if (!OURS.test(name) || now?.content.equals(part.content)) {
            expect({ name, raw: now?.raw.equals(part.raw) }).toEqual({ name, raw: true });
          }
        }
        for (const [name, part] of markedParts) {
          if (/\.(xml|rels)$/.test(name)) parseXml(part.content.toString("utf8"), name);
        }
        const cleared = await partsOf(clearedBytes);
        expect([...cleared.keys()]).toEqual([...input.keys()]);
        for (const [name, part] of input) {
          expect({ name, content: cleared.get(name)?.content.toString("utf8") }).toEqual({
            name,
            content: part.content.toString("utf8"),
          });
        }
      }),
      BOUNDED(25)
    );
  }, 180_000);

  test("checking a checked file again gives the once-checked file, byte for byte", async () => {
    await fc.assert(
      fc.asyncProperty(decoratedWorkbook, async (sheets) => {
        const once = await checkFile(await save(buildWorkbook(sheets)));
        const twice = await checkFile(once);
        expect(Buffer.from(twice).equals(Buffer.from(once))).toBe(true);
      }),
      BOUNDED(20)
    );
  }, 180_000);
});
