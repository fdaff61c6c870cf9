import { buildTemplateModel, templateWorkbookInput } from "../template";
import { EXAMPLE_MARKER } from "../template/examples";
import { checkWorkbook } from "../check";
import { isExampleRow } from "./exampleRow";
import { readWorkbook } from "./readWorkbook";

describe("isExampleRow", () => {
  test.each([
    [["第一党支部", "党课", EXAMPLE_MARKER], true],
    [["【示例】", "x"], true],
    // Only the deliberate marker: the unit's own words that merely mention 示例 are records.
    [["示例党支部", "党课"], false],
    [["第一党支部", "学习示例材料"], false],
    [[42, true, ""], false],
  ])("%p → %p", (row, example) => expect(isExampleRow(row)).toBe(example));
});

describe("the template's example rows", () => {
  const model = buildTemplateModel({ year: 2025 });
  const blank = templateWorkbookInput(model);

  test("are in every ledger of a blank template, one or two each", () => {
    for (const sheet of model.sheets) {
      if (sheet.kind !== "ledger") continue;
      expect([sheet.name, sheet.examples.length >= 1 && sheet.examples.length <= 2]).toEqual([
        sheet.name,
        true,
      ]);
    }
  });

  test("are skipped by the reader: a blank template holds no record", () => {
    const workbook = readWorkbook(blank);
    for (const ledger of [
      "branches",
      "members",
      "meetings",
      "lectures",
      "dues",
      "training",
      "talks",
    ] as const) {
      expect([ledger, workbook[ledger]?.records.length]).toEqual([ledger, 0]);
    }
    expect(workbook.issues.filter((i) => i.type === "unreadable-cell")).toEqual([]);
    const result = checkWorkbook(blank, { asOf: "2025-12-31" });
    const onExamples = result.findings.filter(
      (f) => f.sheet !== "单位信息" && f.row !== null && f.row <= 4
    );
    expect(onExamples).toEqual([]);
    expect(result.branches).not.toContain("（示例）第一党支部");
  });

  // An example must show what the check reads: without its marker it is a faultless record.
  test("are written as the check reads them", () => {
    const unmarked = blank.map((sheet) => ({
      ...sheet,
      values: sheet.values.map((row) => row.map((v) => (v === EXAMPLE_MARKER ? "" : v))),
    }));
    const workbook = readWorkbook(unmarked);
    expect(workbook.issues.filter((i) => i.type === "unreadable-cell")).toEqual([]);
    expect(workbook.meetings?.records.map((r) => r.types)).toEqual([
      ["general", "lecture"],
      ["group"],
    ]);
    expect(workbook.dues?.records).toHaveLength(2);
  });
});
