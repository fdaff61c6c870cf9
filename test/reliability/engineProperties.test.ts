import fc from "fast-check";
import { asOfDates, workbookInputs } from "./arbitraries";
import {
  columnIndex,
  parseCellAddress,
  type SheetInput,
  checkWorkbook,
  lookupRuleMeta,
  summarize,
  type Finding,
  LOCALES,
  type Locale,
  LEDGER_SCHEMAS,
} from "../../src/engine";
import { modelSheets } from "../../src/engine/workbook";

/**
 * The engine over random workbooks: whatever the sheets hold, a check completes, points only at
 * cells that exist, says the same thing twice, fills every placeholder of its messages in both
 * languages, and its 汇总表 model holds plain values only.
 */

const PLACEHOLDER = /\{\w+(?::\w+)?\}/;
const RUNS = { numRuns: 150 };

/** Rows and columns of a sheet's used range, in sheet coordinates. */
function extentOf(sheet: SheetInput): { top: number; bottom: number; left: number; right: number } {
  const origin = parseCellAddress(sheet.topLeft ?? "A1") ?? { row: 1, column: 0 };
  const width = Math.max(1, ...sheet.values.map((r) => r.length));
  return {
    top: origin.row,
    bottom: origin.row + Math.max(sheet.values.length, 1) - 1,
    left: origin.column,
    right: origin.column + width - 1,
  };
}

function expectPointsIntoItsSheet(finding: Finding, sheets: readonly SheetInput[]): void {
  if (finding.row === null && finding.column === null) return;
  const sheet = sheets.find((s) => s.name === finding.sheet);
  expect({ finding: finding.ruleId, sheet: sheet?.name }).toEqual({
    finding: finding.ruleId,
    sheet: finding.sheet,
  });
  if (!sheet) return;
  const extent = extentOf(sheet);
  if (finding.row !== null) {
    expect(Number.isInteger(finding.row)).toBe(true);
    expect(finding.row).toBeGreaterThanOrEqual(extent.top);
    expect(finding.row).toBeLessThanOrEqual(extent.bottom);
  }
  if (finding.column !== null) {
    expect(finding.column).toMatch(/^[A-Z]{1,3}$/);
    const index = columnIndex(finding.column) ?? -1;
    expect(index).toBeGreaterThanOrEqual(extent.left);
    expect(index).toBeLessThanOrEqual(extent.right);
  }
}

/** Every placeholder of the finding's template has its data, so the rendered text has no gap. */
function expectTemplateFilled(finding: Finding, locale: Locale): void {
  const template = lookupRuleMeta(finding.ruleId)?.messages[finding.messageId]?.[locale];
  expect({
    rule: finding.ruleId,
    message: finding.messageId,
    found: template !== undefined,
  }).toEqual({ rule: finding.ruleId, message: finding.messageId, found: true });
  const names = [...(template ?? "").matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[1] ?? "");
  const missing = names.filter((name) => finding.data[name] === undefined);
  expect({ rule: finding.ruleId, message: finding.messageId, missing }).toEqual({
    rule: finding.ruleId,
    message: finding.messageId,
    missing: [],
  });
}

const hasBraces = (sheets: readonly SheetInput[]): boolean =>
  sheets.some(
    (s) => s.name.includes("{") || s.values.some((r) => r.some((v) => String(v).includes("{")))
  );

describe("checkWorkbook over random workbooks", () => {
  test("never throws, points only at existing rows and columns, and fills every message", () => {
    fc.assert(
      fc.property(
        workbookInputs,
        asOfDates,
        fc.constantFrom(...LOCALES),
        (sheets, asOf, locale) => {
          const result = checkWorkbook(sheets, { asOf, locale });
          // A rule that throws is caught and recorded, but on data it is still a bug.
          expect(result.errors).toEqual([]);
          const braces = hasBraces(sheets);
          for (const finding of result.findings) {
            expectPointsIntoItsSheet(finding, sheets);
            expectTemplateFilled(finding, locale);
            if (!braces) expect(`${finding.message}${finding.basis}`).not.toMatch(PLACEHOLDER);
          }
          for (const sheet of result.highlights.sheets) {
            const input = sheets.find((s) => s.name === sheet.sheet);
            expect(input).toBeDefined();
            if (!input) continue;
            const { top, bottom } = extentOf(input);
            const rows = [
              ...sheet.errorRows.flatMap((r) => [r.first, r.last]),
              ...sheet.warningRows.flatMap((r) => [r.first, r.last]),
              ...sheet.unreadableCells.map((c) => c.row),
              ...sheet.notes.map((n) => n.row),
            ];
            for (const row of rows) {
              expect(row).toBeGreaterThanOrEqual(top);
              expect(row).toBeLessThanOrEqual(bottom);
            }
          }
        }
      ),
      RUNS
    );
  });

  test("the same input gives the same findings, and the input is left untouched", () => {
    fc.assert(
      fc.property(workbookInputs, asOfDates, (sheets, asOf) => {
        const before = JSON.stringify(sheets);
        const first = checkWorkbook(sheets, { asOf });
        const second = checkWorkbook(JSON.parse(before) as SheetInput[], { asOf });
        expect(second.findings).toEqual(first.findings);
        expect(second.highlights).toEqual(first.highlights);
        expect(second.totals).toEqual(first.totals);
        expect(JSON.stringify(sheets)).toBe(before);
      }),
      { numRuns: 100 }
    );
  });

  test("renders in both locales with the same findings as data", () => {
    fc.assert(
      fc.property(workbookInputs, asOfDates, (sheets, asOf) => {
        const [zh, en] = LOCALES.map((locale) => checkWorkbook(sheets, { asOf, locale }));
        const asData = (f: Finding) => ({ ...f, message: "", basis: "" });
        expect(en?.findings.map(asData)).toEqual(zh?.findings.map(asData));
      }),
      { numRuns: 60 }
    );
  });
});

describe("summarize over random workbooks", () => {
  test("never throws and holds plain values only: text, or finite numbers", () => {
    fc.assert(
      fc.property(
        workbookInputs,
        asOfDates,
        fc.constantFrom(...LOCALES),
        (sheets, asOf, locale) => {
          const result = checkWorkbook(sheets, { asOf, locale });
          const summary = summarize(result, {
            checkedAt: "2025-01-05 10:30",
            version: "0.1.0",
          });
          const braces = hasBraces(sheets);
          const ours = modelSheets(summary).map((m) => m.name);
          for (const model of modelSheets(summary)) {
            const positions = new Set<string>();
            for (const cell of model.cells) {
              expect(["string", "number"]).toContain(typeof cell.value);
              if (typeof cell.value === "number") expect(Number.isFinite(cell.value)).toBe(true);
              if (typeof cell.value === "string" && !braces)
                expect(cell.value).not.toMatch(PLACEHOLDER);
              positions.add(`${cell.row},${cell.column}`);
              // The only formula a writer makes is a link's, and a link only points at a ledger
              // row, or from the 汇总表 to its 问题清单.
              if (cell.link && ours.includes(cell.link.sheet)) {
                expect(cell.link.address).toBe(`'${cell.link.sheet}'!A1`);
              } else if (cell.link) {
                const sheet = sheets.find((s) => s.name === cell.link?.sheet);
                expect(sheet).toBeDefined();
                if (sheet) {
                  const { top, bottom } = extentOf(sheet);
                  expect(cell.link.row).toBeGreaterThanOrEqual(top);
                  expect(cell.link.row).toBeLessThanOrEqual(bottom);
                }
                expect(typeof cell.value).toBe("number");
              }
            }
            expect(positions.size).toBe(model.cells.length);
          }
        }
      ),
      { numRuns: 100 }
    );
  });

  test("a workbook with every standard header still checks when cells are hostile", () => {
    const hostile = [
      "#N/A",
      "=SUM(A1)",
      "+1",
      "-2",
      "@x",
      "😀",
      "ＡＢＣ",
      "",
      true,
      -1,
      "长".repeat(32_767),
    ];
    const sheets: SheetInput[] = LEDGER_SCHEMAS.map((schema, s) => ({
      name: schema.sheet,
      values: [
        schema.columns.map((c) => c.header),
        ...hostile.map((_, r) =>
          schema.columns.map((_c, c) => hostile[(r + c + s) % hostile.length] ?? "")
        ),
      ],
    }));
    const result = checkWorkbook(sheets, { asOf: "2024-12-31" });
    expect(result.errors).toEqual([]);
    expect(result.findings.some((f) => f.ruleId === "structure-unreadable-cell")).toBe(true);
    for (const finding of result.findings) expectPointsIntoItsSheet(finding, sheets);
    expect(() =>
      summarize(result, { checkedAt: "2025-01-05 10:30", version: "0.1.0" })
    ).not.toThrow();
  });
});
