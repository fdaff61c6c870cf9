import { SUMMARY_STYLES } from "../../engine/summary/styles";
import { createFakeBook, type FakeBook } from "../../../test/excel/fakeExcelExtras";
import { departmentSummary } from "../../../test/summaryModel";
import { HostError } from "../hostErrors";
import { columnWidthPoints } from "../sheet/cellFormat";
import { absoluteRows } from "../sheet/pageLayout";
import { removeSummarySheets } from "./removeSummarySheets";
import { writeSummarySheet } from "./writeSummarySheet";
import { cellAddress } from "../../engine";
import { modelSheets, type SheetModel, type SheetCell } from "../../engine/workbook";

const LEDGER = [
  ["会议日期", "会议类型"],
  ["2024-03-05", "党员大会"],
];

function book(extra: { name: string; values?: string[][] }[] = []): FakeBook {
  return createFakeBook({
    sheets: [{ name: "会议台账", values: LEDGER }, ...extra],
    activeSheet: "会议台账",
  });
}

/** Leaves the workbook with its first sheet only, as an exported summary is. */
function onlyFirstSheet(fake: FakeBook): void {
  fake.state.sheets.splice(1);
  fake.state.activeSheetId = fake.state.sheets[0]?.id ?? null;
}

const valueAt = (fake: FakeBook, sheet: string, cell: SheetCell) =>
  fake.cell(sheet, cellAddress(cell.row, cell.column));

describe("writeSummarySheet", () => {
  const model = departmentSummary();

  it("writes the model's values, merges, widths, frozen rows, print setup and links", async () => {
    const fake = book();
    const ledgerBefore = fake.snapshot("会议台账");
    const name = await writeSummarySheet(fake.context, model);

    expect(name).toBe("汇总表");
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["汇总表", "问题清单", "会议台账"]);
    expect(fake.snapshot("会议台账")).toBe(ledgerBefore);
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    for (const written of modelSheets(model)) {
      const sheet = fake.sheet(written.name);
      const covered = new Set(
        written.merges.flatMap((m) => {
          const cells: string[] = [];
          for (let r = m.firstRow; r <= m.lastRow; r++)
            for (let c = m.firstColumn; c <= m.lastColumn; c++)
              if (r !== m.firstRow || c !== m.firstColumn) cells.push(cellAddress(r, c));
          return cells;
        })
      );
      for (const cell of written.cells) {
        const stored = valueAt(fake, written.name, cell);
        if (covered.has(cellAddress(cell.row, cell.column))) continue;
        expect(stored?.value).toEqual(cell.link ? String(cell.value) : cell.value);
        expect(stored?.formula).toBe(false);
      }
      expect(sheet.merges).toHaveLength(written.merges.length);
      written.columnWidths.forEach((width, i) =>
        expect(sheet.columnWidths.get(i + 1)).toBe(columnWidthPoints(width))
      );
      expect([...sheet.hiddenColumns]).toEqual([26]);
      expect(sheet.freeze).toEqual(written.freeze);
      expect(sheet.page).toMatchObject({
        orientation: "Landscape",
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        printArea: written.print.printArea,
        printTitleRows: absoluteRows(written.print.printTitleRows),
      });
      expect(sheet.autoFilter).toBe(written.autoFilter ?? null);
      const links = written.cells.filter((c) => c.link);
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        expect(valueAt(fake, written.name, link)?.hyperlink).toEqual({
          documentReference: link.link?.address,
          textToDisplay: String(link.value),
        });
      }
      for (const { row, height } of written.rowHeights) {
        expect(sheet.rowHeights.get(row)).toBe(Math.min(height, 409));
      }
    }
    // The 问题清单: nothing merged, filter buttons on its header, the header on every page.
    const list = fake.sheet("问题清单");
    expect(list.merges).toEqual([]);
    expect(list.autoFilter).toMatch(/^A3:H\d+$/);
    expect(list.page.printTitleRows).toBe("$3:$3");
    // Excel fits the list's unmerged rows to their text itself; the 汇总表's merged rows keep
    // the model's heights.
    expect(fake.cell("问题清单", "G4")?.format.autofitRows).toBe(true);
    expect(fake.cell("问题清单", "G3")?.format.autofitRows).toBeUndefined();
    expect(fake.cell("汇总表", "A5")?.format.autofitRows).toBeUndefined();
  });

  it("draws the named styles: header fill, bold, borders, and no wrap in the hidden column", async () => {
    const fake = book();
    await writeSummarySheet(fake.context, model);
    const header = model.cells.find((c) => c.style === "header");
    const format = header && valueAt(fake, "汇总表", header)?.format;
    expect(format).toMatchObject({
      "fill.color": SUMMARY_STYLES.header.fill,
      "font.bold": true,
      horizontalAlignment: "Center",
      "borders.EdgeTop.style": "Continuous",
      "borders.InsideVertical.weight": "Thin",
    });
    const data = model.cells.find((c) => c.column === 25 && c.row > 1);
    expect(data && valueAt(fake, "汇总表", data)?.format.wrapText).toBe(false);
    expect(fake.cell("汇总表", "Z1")?.value).toBe("party-ledger-check:summary:v1");
  });

  it("keeps formula-like and date-like text as text", async () => {
    const texts = ["=SUM(A1:A3)", "+86 21 1234", "-5", "@张三", "2024-03", "50%"];
    const cells: SheetCell[] = model.cells.map((c) => ({ ...c }));
    const plain = cells.filter((c) => c.style === "cell" && typeof c.value === "string");
    texts.forEach((text, i) => {
      const target = plain[i];
      if (target) target.value = text;
    });
    const fake = book();
    await writeSummarySheet(fake.context, { ...model, cells });
    texts.forEach((text, i) => {
      const target = plain[i];
      if (!target) throw new Error("the model has too few text cells");
      const written = valueAt(fake, "汇总表", target);
      expect(written).toMatchObject({ value: text, numberFormat: "@", formula: false });
    });
  });

  it("leaves a user's own 汇总表 alone and writes ours beside it", async () => {
    const fake = book([{ name: "汇总表", values: [["我们支部自己的汇总"]] }]);
    const before = fake.snapshot("汇总表");
    const name = await writeSummarySheet(fake.context, model);
    expect(name).toBe("汇总表（检查结果）");
    expect(fake.snapshot("汇总表")).toBe(before);
    expect(fake.state.sheets.map((s) => s.name)).toEqual([
      "汇总表（检查结果）",
      "问题清单",
      "会议台账",
      "汇总表",
    ]);
  });

  it("replaces its own summary in place on a second write, leaving the same sheet", async () => {
    const fake = book([{ name: "Sheet2" }]);
    await writeSummarySheet(fake.context, model);
    // The officer moves the summary to the end; the next check keeps it there, its list beside it.
    fake.state.sheets.push(...fake.state.sheets.splice(0, 1));
    expect(fake.state.sheets.map((s) => s.name)).toEqual([
      "问题清单",
      "会议台账",
      "Sheet2",
      "汇总表",
    ]);
    const first = fake.snapshot("汇总表").replace(/"id":"[^"]*"/, "");
    await writeSummarySheet(fake.context, model);
    expect(fake.state.sheets.map((s) => s.name)).toEqual([
      "会议台账",
      "Sheet2",
      "汇总表",
      "问题清单",
    ]);
    expect(fake.snapshot("汇总表").replace(/"id":"[^"]*"/, "")).toBe(first);
  });

  it("replaces its summary even when that is the workbook's only sheet", async () => {
    const fake = createFakeBook({ sheets: [{ name: "Sheet1" }] });
    await writeSummarySheet(fake.context, model);
    onlyFirstSheet(fake);
    await writeSummarySheet(fake.context, model);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["汇总表", "问题清单"]);
  });

  it("says clearly when the workbook's structure is protected", async () => {
    const fake = createFakeBook({ sheets: [{ name: "会议台账" }], structureProtected: true });
    await expect(writeSummarySheet(fake.context, model)).rejects.toThrow(HostError);
    await expect(writeSummarySheet(fake.context, model)).rejects.toThrow(/工作簿结构受保护/);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["会议台账"]);
  });

  it("writes a large summary in few syncs, small requests and short addresses", async () => {
    const rows = 10_000;
    const cells: SheetCell[] = [...model.cells];
    for (let i = 0; i < rows; i++) {
      const row = 100 + i;
      cells.push(
        { row, column: 0, value: i + 1, style: "number" },
        { row, column: 1, value: i % 2 ? "不符合" : "提示", style: i % 2 ? "error" : "warning" },
        {
          row,
          column: 2,
          value: row,
          style: "link",
          link: { sheet: "会议台账", row, address: `'会议台账'!A${row}` },
        },
        { row, column: 3, value: `第${i}条问题说明：会议记录缺少参会人数`, style: "cell" }
      );
    }
    const big: SheetModel = { ...model, cells };
    const fake = book();
    await writeSummarySheet(fake.context, big);
    // Reading the workbook takes two syncs; the writing is bounded by request size, not by rows.
    // Two syncs read the workbook; the rest are cut by request size and operation count (one
    // hyperlink per finding is the only per-row operation), never one per row.
    expect(fake.stats.syncs).toBeLessThanOrEqual(8);
    for (const request of fake.stats.requests) expect(request.bytes).toBeLessThan(5_000_000);
    expect(fake.stats.screenUpdatingSuspensions).toBeGreaterThan(0);
    expect(fake.cell("汇总表", `D${100 + rows - 1}`)?.value).toBe(
      `第${rows - 1}条问题说明：会议记录缺少参会人数`
    );
  });
});

describe("a summary write cut short", () => {
  const model = departmentSummary();

  it.each([
    // The first request: suspend screen updating, add the sheet, the marker's format and value.
    ["in its first request, just after the sheet was added", { sync: 3, afterOperations: 4 }],
    ["in a later request", { sync: 5, afterOperations: 2 }],
  ])(
    "%s leaves a sheet that is ours: the next write replaces it, 清除标记 removes it",
    async (_, cut) => {
      const big = largeSummary(model, 20_000);
      const fake = createFakeBook({
        sheets: [{ name: "会议台账", values: LEDGER }],
        limits: { interruptAt: cut },
      });
      await expect(writeSummarySheet(fake.context, big)).rejects.toThrow(HostError);
      const leftover = fake.state.sheets.find((s) => s.name !== "会议台账");
      expect(leftover).toBeDefined();
      expect(fake.cell(leftover?.name ?? "", "Z1")?.value).toBe("party-ledger-check:summary:v1");
      expect(await removeSummarySheets(fake.context)).toBe(true);
      expect(fake.state.sheets.map((s) => s.name)).toEqual(["会议台账"]);
    }
  );

  it("a second check after one cut short leaves one summary", async () => {
    const fake = createFakeBook({
      sheets: [{ name: "会议台账", values: LEDGER }],
      limits: { interruptAt: { sync: 3, afterOperations: 4 } },
    });
    await expect(writeSummarySheet(fake.context, model)).rejects.toThrow(HostError);
    expect(await writeSummarySheet(fake.context, model)).toBe("汇总表");
    // The sheet left over was ours, so the summary replaced it where it was.
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["会议台账", "汇总表", "问题清单"]);
  });
});

/** The summary with `rows` more finding rows, so that writing it takes several requests. */
function largeSummary(model: SheetModel, rows: number): SheetModel {
  const cells: SheetCell[] = [...model.cells];
  for (let i = 0; i < rows; i++) {
    cells.push({
      row: 100 + i,
      column: 3,
      value: `第${i}条问题说明：会议记录缺少参会人数`,
      style: "cell",
    });
  }
  return { ...model, cells };
}

describe("removeSummarySheets", () => {
  const model = departmentSummary();

  it("removes ours and keeps a user's 汇总表", async () => {
    const fake = book([{ name: "汇总表", values: [["自己的"]] }]);
    await writeSummarySheet(fake.context, model);
    expect(await removeSummarySheets(fake.context)).toBe(true);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["会议台账", "汇总表"]);
    expect(await removeSummarySheets(fake.context)).toBe(false);
  });

  it("keeps an exported summary that is the workbook's only sheet", async () => {
    const fake = createFakeBook({ sheets: [{ name: "Sheet1" }] });
    await writeSummarySheet(fake.context, model);
    onlyFirstSheet(fake);
    expect(await removeSummarySheets(fake.context)).toBe(false);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["汇总表"]);
  });
});
