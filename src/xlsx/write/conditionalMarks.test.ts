import ExcelJS from "exceljs";
import { HIGHLIGHT_COLOURS } from "../../engine/highlight/colours";
import type { SheetHighlights } from "../../engine/highlight/plan";
import { DEFAULT_MAX_ADDRESS_LENGTH } from "../../engine/highlight/addresses";
import { addMarks, removeMarks } from "./conditionalMarks";
import { conditionalFormatsOf } from "./exceljsGuards";
import { markKindOf } from "./markers";

const highlights = (overrides: Partial<SheetHighlights>): SheetHighlights => ({
  sheet: "党费台账",
  errorRows: [],
  warningRows: [],
  unreadableCells: [],
  notes: [],
  ...overrides,
});

describe("addMarks / removeMarks", () => {
  test("a large plan is split into bounded refs and nothing is lost", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("党费台账");
    // Every other row of a long dues ledger: far more than one ref can hold.
    const errorRows = Array.from({ length: 3000 }, (_, i) => ({
      first: 2 * i + 2,
      last: 2 * i + 2,
    }));
    const added = addMarks(sheet, highlights({ errorRows }), HIGHLIGHT_COLOURS, {
      first: 1,
      last: 10,
    });
    expect(added).toEqual({ rows: 3000, cells: 0 });
    const formats = conditionalFormatsOf(sheet);
    expect(formats.length).toBeGreaterThan(1);
    for (const format of formats)
      expect(format.ref.length).toBeLessThanOrEqual(DEFAULT_MAX_ADDRESS_LENGTH);
    const ranges = formats.flatMap((f) => f.ref.split(" "));
    expect(ranges).toHaveLength(3000);
    expect(ranges[2999]).toBe("A6000:J6000");
    expect(formats.map((f) => f.rules[0]?.priority)).toEqual(formats.map((_, i) => i + 1));
    expect(removeMarks(sheet)).toEqual({ marks: 3000, rules: formats.length });
    expect(conditionalFormatsOf(sheet)).toEqual([]);
  });

  test("rows span the used columns; unreadable cells come first", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("会议台账");
    addMarks(
      sheet,
      highlights({
        errorRows: [{ first: 4, last: 5 }],
        warningRows: [{ first: 9, last: 9 }],
        unreadableCells: [
          { row: 4, column: "C" },
          { row: 12, column: "AA" },
        ],
      }),
      HIGHLIGHT_COLOURS,
      { first: 2, last: 8 }
    );
    expect(
      conditionalFormatsOf(sheet).map((f) => [
        f.ref,
        f.rules[0] && "formulae" in f.rules[0] ? markKindOf(f.rules[0].formulae?.[0]) : null,
      ])
    ).toEqual([
      ["C4 AA12", "unreadable"],
      ["B4:H5", "error"],
      ["B9:H9", "warning"],
    ]);
    expect(removeMarks(sheet)).toEqual({ marks: 5, rules: 3 });
  });

  test("a user rule that merely mentions the product is not ours", () => {
    expect(markKindOf('N("party-ledger-check:error")=0')).toBe("error");
    expect(markKindOf('ISNUMBER(SEARCH("party-ledger-check",A1))')).toBeNull();
    expect(markKindOf("A1>0")).toBeNull();
  });

  test("nothing to mark leaves the user's rules and priorities alone", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("会议台账");
    sheet.addConditionalFormatting({
      ref: "A1:A9",
      rules: [{ type: "expression", priority: 4, formulae: ["A1>0"] }],
    });
    expect(addMarks(sheet, highlights({}), HIGHLIGHT_COLOURS, { first: 1, last: 3 })).toEqual({
      rows: 0,
      cells: 0,
    });
    expect(removeMarks(sheet)).toEqual({ marks: 0, rules: 0 });
    expect(conditionalFormatsOf(sheet)[0]?.rules[0]?.priority).toBe(4);
  });
});
