import { buildWorkbook } from "../testing/buildWorkbook";
import { isLedgerUsable } from "./usableLedger";

describe("isLedgerUsable", () => {
  test("a present sheet with its required columns is usable", () => {
    expect(isLedgerUsable(buildWorkbook({ meetings: [] }), "meetings")).toBe(true);
  });

  test("an absent sheet is not", () => {
    expect(isLedgerUsable(buildWorkbook({}), "meetings")).toBe(false);
  });

  test("a sheet missing a required column is not, and other ledgers stay usable", () => {
    const workbook = buildWorkbook({
      meetings: [],
      dues: [],
      issues: [
        {
          type: "missing-column",
          ledger: "meetings",
          sheet: "会议台账",
          headerRow: 1,
          field: "date",
          accepted: ["会议日期"],
          found: ["支部", "会议类型"],
        },
      ],
    });
    expect(isLedgerUsable(workbook, "meetings")).toBe(false);
    expect(isLedgerUsable(workbook, "dues")).toBe(true);
  });
});
