import { readXlsxBuffer } from "../../xlsx/read";
import { gridColumns } from "../../xlsx/package/gridColumns";
import { nodeCodec } from "../../xlsx/package/nodeCodec";
import { checkPackage } from "../../xlsx/package/packageCheck";
import { writeXlsxBuffer } from "../../xlsx/write/saveXlsx";
import { userPlan, userWorkbook } from "../../xlsx/write/testing/userWorkbook";
import { checkFixture } from "../../xlsx/write/testing/fixtureWorkbook";
import { conditionalFormatsOf } from "../../xlsx/write/exceljsGuards";
import { createFakeExcel, type FakeExcel } from "../../../test/excel/fakeExcel";
import {
  USER_NOTE_A3,
  USER_NOTE_A6,
  USER_NOTE_D2,
  userLedgerSheets,
} from "../../../test/excel/userLedger";
import { noteBoxSize } from "../../engine/highlight/noteBox";
import { HostError } from "../hostErrors";
import { applyHighlights } from "./applyHighlights";
import { clearMarks } from "./clearMarks";
import { markKindOf, NOTE_HEADER, NOTE_SEPARATOR } from "../../engine/workbook";

let restore: () => void = () => undefined;
afterEach(() => restore());

function fake(
  options: {
    excelApiMinor?: number;
    protectedDues?: boolean;
    platform?: "PC" | "OfficeOnline";
  } = {}
): FakeExcel {
  const sheets = userLedgerSheets();
  const dues = sheets[1];
  if (dues && options.protectedDues) dues.protected = true;
  const excel = createFakeExcel({
    sheets,
    excelApiMinor: options.excelApiMinor,
    ...(options.platform ? { platform: options.platform } : {}),
  });
  restore = excel.installOffice();
  return excel;
}

describe("applyHighlights", () => {
  test("marks and notes as the .xlsx adapter writes them, above the user's own rules", async () => {
    const excel = fake();
    const result = await applyHighlights(excel.context, userPlan(), { notes: true });
    expect(result).toEqual({
      markedRows: 4,
      markedCells: 2,
      notes: 5,
      notesSkipped: [],
      skippedSheets: [{ sheet: "已删除的台账", reason: "missing" }],
    });
    const [meetings, dues] = excel.snapshot();
    expect(meetings?.formats).toEqual([
      {
        type: "Custom",
        ranges: "B5,C7",
        formula: '=N("party-ledger-check:unreadable")=0',
        fill: "#F8CBAD",
        font: null,
      },
      {
        type: "Custom",
        ranges: "A3:F3",
        formula: '=N("party-ledger-check:error")=0',
        fill: "#FFC7CE",
        font: "#9C0006",
      },
      {
        type: "Custom",
        ranges: "A6:F7",
        formula: '=N("party-ledger-check:warning")=0',
        fill: "#FFEB9C",
        font: "#9C5700",
      },
      { type: "CellValue", ranges: "E3:E7", formula: null, fill: null, font: "#FF0000" },
      { type: "Custom", ranges: "A3:F7", formula: "=MOD(ROW(),2)=0", fill: "#F2F2F2", font: null },
    ]);
    expect(meetings?.notes).toEqual({
      A3: `${USER_NOTE_A3}${NOTE_SEPARATOR}【不符合】实到4人，未超过应到10人的半数`,
      A6: `${USER_NOTE_A6}${NOTE_SEPARATOR}【提示】主题党日记录不全`,
      // On the cells that are wrong, where the findings name them.
      B5: `${NOTE_HEADER}\n【无法识别】会议类型“会议”无法识别`,
      C7: `${NOTE_HEADER}\n【提示】党课记录不全\n【无法识别】会议日期为空`,
      D2: USER_NOTE_D2,
    });
    expect(dues?.formats.map((f) => f.ranges)).toEqual(["A3:D3"]);
    expect(dues?.notes).toEqual({
      A3: `${NOTE_HEADER}\n【不符合】实交党费15.00元少于应交党费30.00元`,
    });
    expect(excel.stats.cellWrites).toEqual([]);
    expect(excel.stats.screenUpdatingSuspensions).toBe(1);
  });

  // Excel opens every note 108 × 59 points: ours, a header and a line or more per finding, showed
  // two lines until the reader dragged the box larger.
  test("our notes' boxes are sized to their whole text; a user's note keeps its size", async () => {
    const excel = fake();
    await applyHighlights(excel.context, userPlan(), { notes: true });
    const notes = excel.state.sheets[0]?.notes ?? [];
    const ours = notes.find((n) => n.address === "C7");
    expect(ours && { width: ours.width, height: ours.height }).toEqual(
      noteBoxSize(`${NOTE_HEADER}\n【提示】党课记录不全\n【无法识别】会议日期为空`)
    );
    expect(ours?.width).toBeGreaterThan(108);
    // A3 is the user's note with our block after it: its box is the user's to size.
    const user = notes.find((n) => n.address === "A3");
    expect(user?.width).toBeUndefined();
  });

  test("on Excel on the web, where Note.width and height are not supported, boxes keep Excel's size", async () => {
    const excel = fake({ platform: "OfficeOnline" });
    const result = await applyHighlights(excel.context, userPlan(), { notes: true });
    expect(result.notes).toBe(5);
    const notes = excel.state.sheets[0]?.notes ?? [];
    expect(notes.find((n) => n.address === "C7")?.width).toBeUndefined();
  });

  test("a cell with a threaded comment gets no note: ours goes on the row's next free cell", async () => {
    const sheets = userLedgerSheets();
    const meetingsSpec = sheets[0];
    if (meetingsSpec)
      meetingsSpec.threadedComments = { B5: "请核对类型", C7: "待补", D7: "待补日期" };
    const excel = createFakeExcel({ sheets });
    restore = excel.installOffice();
    const result = await applyHighlights(excel.context, userPlan(), { notes: true });
    expect(result.notes).toBe(5);
    expect(result.notesSkipped).toEqual([]);
    const [meetings] = excel.snapshot();
    expect(meetings?.notes).toMatchObject({
      C5: `${NOTE_HEADER}\n【无法识别】会议类型“会议”无法识别`,
      E7: `${NOTE_HEADER}\n【提示】党课记录不全\n【无法识别】会议日期为空`,
    });
    expect(Object.keys(meetings?.notes ?? {})).not.toContain("B5");
    expect(meetings?.comments).toEqual({ B5: "请核对类型", C7: "待补", D7: "待补日期" });
    // Clearing finds our notes wherever they went.
    await clearMarks(excel.context);
    expect(excel.snapshot()[0]?.notes).toEqual({
      A3: USER_NOTE_A3,
      A6: USER_NOTE_A6,
      D2: USER_NOTE_D2,
    });
  });

  test("a row whose every cell holds a threaded comment has its note skipped and named", async () => {
    const sheets = userLedgerSheets();
    const duesSpec = sheets[1];
    if (duesSpec) {
      duesSpec.threadedComments = { A3: "一", B3: "二", C3: "三", D3: "四" };
    }
    const excel = createFakeExcel({ sheets });
    restore = excel.installOffice();
    const result = await applyHighlights(excel.context, userPlan(), { notes: true });
    expect(result.notesSkipped).toEqual([{ sheet: "党费台账", row: 3 }]);
    expect(result.notes).toBe(4);
    const [meetings, dues] = excel.snapshot();
    expect(Object.keys(meetings?.notes ?? {})).toHaveLength(5);
    expect(dues?.notes).toEqual({});
    expect(dues?.formats.map((f) => f.ranges)).toEqual(["A3:D3"]);
  });

  test("gives the same marks and note texts as the command line's package writer", async () => {
    const excel = fake();
    await applyHighlights(excel.context, userPlan(), { notes: true });
    const bytes = await writeXlsxBuffer(userWorkbook());
    const { sheets } = await readXlsxBuffer(bytes);
    const summary = checkFixture("department-q1").summary;
    const patch = { plan: userPlan(), summary, ...gridColumns(sheets) };
    const checked = await checkPackage(bytes, patch, nodeCodec);
    // Read back with ExcelJS, a reader that is not the writer's.
    const { workbook } = await readXlsxBuffer(checked.bytes);
    for (const name of ["会议台账", "党费台账"]) {
      const sheet = workbook.getWorksheet(name);
      const xlsxMarks = conditionalFormatsOf(sheet ?? workbook.addWorksheet("x")).flatMap((f) => {
        const rule = f.rules[0];
        const kind = rule && "formulae" in rule ? markKindOf(rule.formulae?.[0]) : null;
        return kind ? [`${kind} ${f.ref.split(" ").join(",")}`] : [];
      });
      const officeMarks = excel
        .snapshot()
        .find((s) => s.name === name)
        ?.formats.flatMap((f) => {
          const kind = markKindOf(f.formula);
          return kind ? [`${kind} ${f.ranges}`] : [];
        });
      expect(officeMarks).toEqual(xlsxMarks);
      const xlsxNotes: Record<string, string> = {};
      sheet?.eachRow((row) =>
        row.eachCell((cell) => {
          const note: unknown = cell.note;
          if (typeof note === "string") xlsxNotes[cell.address] = note;
          else if (note && typeof note === "object" && "texts" in note && Array.isArray(note.texts))
            xlsxNotes[cell.address] = note.texts.map((t: { text: string }) => t.text).join("");
        })
      );
      expect(excel.snapshot().find((s) => s.name === name)?.notes).toEqual(xlsxNotes);
    }
  });

  test("a second check leaves the same state as the first; clearing restores the original", async () => {
    const excel = fake();
    const original = excel.snapshot();
    await applyHighlights(excel.context, userPlan(), { notes: true });
    const once = excel.snapshot();
    await applyHighlights(excel.context, userPlan(), { notes: true });
    expect(excel.snapshot()).toEqual(once);

    const cleared = await clearMarks(excel.context);
    expect(cleared).toEqual({
      sheets: ["会议台账", "党费台账"],
      marks: 6,
      notes: 5,
      skippedSheets: [],
    });
    expect(excel.snapshot()).toEqual(original);
    expect(excel.stats.cellWrites).toEqual([]);
    expect(await clearMarks(excel.context)).toEqual({
      sheets: [],
      marks: 0,
      notes: 0,
      skippedSheets: [],
    });
  });

  test("clearing never deletes the user's formats, whatever their positions among ours", async () => {
    // Conditional format ids are positions: deleting ours lowest-first would shift the rest of
    // the deletions onto the user's rules. Here the user adds a rule above ours after the check.
    const excel = fake();
    await applyHighlights(excel.context, userPlan(), { notes: true });
    excel.sheet("会议台账").formats.unshift({
      id: "{user-added-after-check}",
      type: "Custom",
      areas: [{ top: 3, left: 1, bottom: 9, right: 6 }],
      formula: "=$F3>100",
      fill: "#00B050",
      font: null,
    });
    const userFormats = excel.snapshot()[0]?.formats.filter((f) => markKindOf(f.formula) === null);
    expect(userFormats).toHaveLength(3);
    await applyHighlights(excel.context, userPlan(), { notes: true });
    expect(excel.snapshot()[0]?.formats.filter((f) => markKindOf(f.formula) === null)).toEqual(
      userFormats
    );
    await clearMarks(excel.context);
    expect(excel.snapshot()[0]?.formats).toEqual(userFormats);
  });

  test("a fixed row loses its mark and note on the next check; the user's note survives", async () => {
    const excel = fake();
    await applyHighlights(excel.context, userPlan(), { notes: true });
    const plan = userPlan();
    const meetings = plan.sheets[0];
    if (meetings) {
      Object.assign(meetings, {
        errorRows: [],
        notes: meetings.notes.filter((n) => n.row !== 3),
      });
    }
    await applyHighlights(excel.context, plan, { notes: true });
    const snapshot = excel.snapshot()[0];
    expect(snapshot?.notes.A3).toBe(USER_NOTE_A3);
    expect(snapshot?.formats.some((f) => f.formula?.includes(":error"))).toBe(false);
  });

  test("a protected sheet is skipped, reported and left exactly as it was", async () => {
    const excel = fake({ protectedDues: true });
    const before = excel.snapshot()[1];
    const result = await applyHighlights(excel.context, userPlan(), { notes: true });
    expect(result.skippedSheets).toEqual([
      { sheet: "党费台账", reason: "protected" },
      { sheet: "已删除的台账", reason: "missing" },
    ]);
    expect(result.markedRows).toBe(3);
    expect(excel.snapshot()[1]).toEqual(before);
  });

  test("clearing skips and reports a protected sheet that still carries our marks", async () => {
    const excel = fake();
    await applyHighlights(excel.context, userPlan(), { notes: true });
    excel.sheet("党费台账").protected = true;
    const marked = excel.snapshot()[1];
    const result = await clearMarks(excel.context);
    expect(result.skippedSheets).toEqual([{ sheet: "党费台账", reason: "protected" }]);
    expect(result.sheets).toEqual(["会议台账"]);
    expect(excel.snapshot()[1]).toEqual(marked);
  });

  test("skipSheets leaves a sheet alone as the reader asked", async () => {
    const excel = fake();
    const result = await applyHighlights(excel.context, userPlan(), {
      notes: true,
      skipSheets: ["党费台账"],
    });
    expect(result.skippedSheets).toContainEqual({ sheet: "党费台账", reason: "protected" });
    expect(excel.snapshot()[1]?.formats).toEqual([]);
  });

  test("without the Notes API (before ExcelApi 1.18) marks are written and notes left alone", async () => {
    const excel = fake({ excelApiMinor: 17 });
    const original = excel.snapshot();
    const result = await applyHighlights(excel.context, userPlan(), { notes: true });
    expect(result.notes).toBe(0);
    expect(result.markedRows).toBe(4);
    expect(excel.snapshot().map((s) => s.notes)).toEqual(original.map((s) => s.notes));
    await clearMarks(excel.context);
    expect(excel.snapshot()).toEqual(original);
  });

  test("a failure Excel reports becomes a HostError in Chinese with its cause", async () => {
    const failing = createFakeExcel({ sheets: userLedgerSheets(), limits: { requestBytes: 10 } });
    restore = failing.installOffice();
    const error = await applyHighlights(failing.context, userPlan(), { notes: true }).catch(
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).messageZh).toContain("标记台账时出错");
    expect((error as HostError).cause).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
});
