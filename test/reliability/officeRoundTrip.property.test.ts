import fc from "fast-check";
import { applyHighlights } from "../../src/excel/mark/applyHighlights";
import { clearMarks } from "../../src/excel/mark/clearMarks";
import { readLedgerSheets } from "../../src/excel/read/readLedgerSheets";
import {
  createFakeExcel,
  type FakeExcel,
  type FakeFormatSpec,
  type FakeSheetSpec,
} from "../excel/fakeExcel";
import { gridOf, mergesOf, workbookShapes, type SheetShape } from "./arbitraries";
import { cellAddress, checkWorkbook } from "../../src/engine";

/**
 * No data loss through the add-in's path, over the fake Excel: random ledgers with the user's own
 * notes and conditional formats are read, checked, marked and cleared, and every sheet's values,
 * notes and formats are exactly as before — with not one write to a cell on the way. Marking twice
 * leaves the state of marking once.
 */

interface UserExtras {
  notes: { at: [number, number]; text: string }[];
  formats: { at: [number, number]; size: [number, number]; custom: boolean }[];
}

const fraction = fc.double({ min: 0, max: 0.999, noNaN: true });

const userExtras: fc.Arbitrary<UserExtras> = fc.record({
  notes: fc.array(
    fc.record({
      at: fc.tuple(fraction, fraction),
      text: fc.oneof(
        fc.constantFrom("已补记", "=SUM(A1)", "@x", "张三:\n会议记录见档案盒3", "😀"),
        fc.string({ minLength: 1, maxLength: 20, unit: "grapheme" })
      ),
    }),
    { maxLength: 6 }
  ),
  formats: fc.array(
    fc.record({
      at: fc.tuple(fraction, fraction),
      size: fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 4 })),
      custom: fc.boolean(),
    }),
    { maxLength: 3 }
  ),
});

function sheetSpec(shape: SheetShape, extras: UserExtras): FakeSheetSpec {
  const values = gridOf(shape);
  const height = values.length;
  const width = Math.max(...values.map((r) => r.length), 1);
  const position = ([r, c]: [number, number]) => ({
    row: shape.origin.row + Math.floor(r * height),
    column: shape.origin.column + Math.floor(c * width),
  });
  const notes: Record<string, string> = {};
  for (const note of extras.notes) {
    const { row, column } = position(note.at);
    notes[cellAddress(row, column)] = note.text;
  }
  const formats: FakeFormatSpec[] = extras.formats.map((f) => {
    const { row, column } = position(f.at);
    const ranges = `${cellAddress(row, column)}:${cellAddress(row + f.size[0] - 1, column + f.size[1] - 1)}`;
    return f.custom
      ? { type: "Custom", ranges, formula: "=MOD(ROW(),2)=0", fill: "#F2F2F2" }
      : { type: "CellValue", ranges, font: "#FF0000" };
  });
  return {
    name: shape.name,
    // The fake takes rectangular grids; a host gives them so.
    values: values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? "")),
    topLeft: cellAddress(shape.origin.row, shape.origin.column),
    merges: mergesOf(shape),
    notes,
    formats,
  };
}

const ledgers: fc.Arbitrary<FakeSheetSpec[]> = workbookShapes.chain((shapes) =>
  fc.tuple(...shapes.map((shape) => userExtras.map((extras) => sheetSpec(shape, extras))))
);

async function withOffice<T>(excel: FakeExcel, run: () => Promise<T>): Promise<T> {
  const restore = excel.installOffice();
  try {
    return await run();
  } finally {
    restore();
  }
}

async function checkAndMark(excel: FakeExcel): Promise<number> {
  const { sheets, protectedSheets } = await readLedgerSheets(excel.context);
  const result = checkWorkbook(sheets, { asOf: "2024-12-31" });
  await applyHighlights(excel.context, result.highlights, {
    notes: true,
    skipSheets: protectedSheets,
  });
  return result.highlights.sheets.reduce((sum, s) => sum + s.notes.length, 0);
}

describe("the Office.js path loses nothing", () => {
  test("read → check → mark → clear leaves every value, note and format as it was", async () => {
    await fc.assert(
      fc.asyncProperty(ledgers, async (sheets) => {
        const excel = createFakeExcel({ sheets });
        const before = excel.snapshot();
        await withOffice(excel, async () => {
          const notes = await checkAndMark(excel);
          const marked = excel.snapshot();
          // Marked: values untouched, every user note still leads its cell's note.
          expect(marked.map((s) => s.values)).toEqual(before.map((s) => s.values));
          for (const sheet of before) {
            const now = marked.find((s) => s.name === sheet.name);
            for (const [address, text] of Object.entries(sheet.notes)) {
              expect(now?.notes[address]?.startsWith(text)).toBe(true);
            }
          }
          const ourNotes = marked.reduce((n, s) => n + Object.keys(s.notes).length, 0);
          const userNotes = before.reduce((n, s) => n + Object.keys(s.notes).length, 0);
          expect(ourNotes).toBeLessThanOrEqual(userNotes + notes);

          const once = excel.snapshot();
          await checkAndMark(excel);
          expect(excel.snapshot()).toEqual(once);

          await clearMarks(excel.context);
        });
        expect(excel.snapshot()).toEqual(before);
        expect(excel.stats.cellWrites).toEqual([]);
        expect(excel.stats.requests.every((r) => r.failed === null)).toBe(true);
      }),
      { numRuns: 80 }
    );
  }, 60_000);
});
