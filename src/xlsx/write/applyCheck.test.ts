import type ExcelJS from "exceljs";
import { applyCheck } from "./applyCheck";
import { clearCheck } from "./clearCheck";
import { conditionalFormatsOf } from "./exceljsGuards";
import { markKindOf, NOTE_HEADER, NOTE_SEPARATOR } from "./markers";
import { findSummarySheets } from "./summarySheet";
import { checkFixture } from "./testing/fixtureWorkbook";
import { roundTrip } from "./testing/roundTrip";
import { snapshotWorkbook } from "./testing/snapshot";
import { RICH_NOTE, userPlan, userWorkbook } from "./testing/userWorkbook";

const { summary } = checkFixture("department-q1");

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** Our rules on a sheet as kind → sqref, and the user's rules as they are. */
function splitFormats(worksheet: ExcelJS.Worksheet) {
  const ours: { kind: string; ref: string; priority: number }[] = [];
  const users: ExcelJS.ConditionalFormattingOptions[] = [];
  for (const format of conditionalFormatsOf(worksheet)) {
    const rule = format.rules[0];
    const kind = rule && "formulae" in rule ? markKindOf(rule.formulae?.[0]) : null;
    if (rule && kind) ours.push({ kind, ref: format.ref, priority: rule.priority });
    else users.push(format);
  }
  return { ours, users };
}

/** A baseline as ExcelJS itself writes the user's workbook: one save and load. */
async function savedUserWorkbook(): Promise<ExcelJS.Workbook> {
  return roundTrip(userWorkbook());
}

describe("applyCheck, saved and read back", () => {
  test("the user's values, formulas, formats, fills, fonts and notes are intact", async () => {
    const workbook = await savedUserWorkbook();
    const before = snapshotWorkbook(workbook);
    applyCheck(workbook, userPlan(), summary);
    const after = snapshotWorkbook(await roundTrip(workbook));

    for (const original of before) {
      const checked = after.find((s) => s.name === original.name);
      expect(checked).toBeDefined();
      for (const [address, cell] of Object.entries(original.cells)) {
        const now = checked?.cells[address];
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
        if (cell.note !== undefined) {
          const text = (n: unknown): string =>
            typeof n === "string"
              ? n
              : ((n as { texts: { text: string }[] }).texts ?? []).map((t) => t.text).join("");
          expect(text(now?.note).startsWith(`${text(cell.note)}`)).toBe(true);
        }
      }
      expect(checked?.merges).toEqual(original.merges);
    }
    expect(after.map((s) => s.name)).toEqual(["汇总表", "问题清单", "会议台账", "党费台账"]);
  });

  test("marks sit exactly where the plan says, on top of the user's own rules", async () => {
    const workbook = await savedUserWorkbook();
    const userFormats = conditionalFormatsOf(sheet(workbook, "会议台账")).map((f) =>
      JSON.parse(JSON.stringify(f))
    );
    const report = applyCheck(workbook, userPlan(), summary);
    expect(report).toEqual({
      summarySheet: "汇总表",
      markedRows: 4,
      markedCells: 2,
      notes: 5,
      skippedSheets: ["已删除的台账"],
    });
    const loaded = await roundTrip(workbook);

    const meetings = splitFormats(sheet(loaded, "会议台账"));
    expect(meetings.ours).toEqual([
      { kind: "unreadable", ref: "B5 C7", priority: 1 },
      { kind: "error", ref: "A3:F3", priority: 2 },
      { kind: "warning", ref: "A6:F7", priority: 3 },
    ]);
    // The user's rules keep their ranges, formulas and styles, in their own order, below ours.
    expect(meetings.users).toEqual(
      userFormats.map((f: ExcelJS.ConditionalFormattingOptions) => ({
        ...f,
        rules: f.rules.map((r) => ({ ...r, priority: r.priority + 3 })),
      }))
    );
    const ours = conditionalFormatsOf(sheet(loaded, "会议台账"));
    const style = (kind: string) =>
      ours.find(
        (f) => f.rules[0] && "formulae" in f.rules[0] && f.rules[0].formulae?.[0].includes(kind)
      )?.rules[0]?.style;
    expect(style("error")?.fill).toEqual({
      type: "pattern",
      pattern: "solid",
      bgColor: { argb: "FFFFC7CE" },
    });
    expect(style("error")?.font).toEqual({ color: { argb: "FF9C0006" } });
    expect(style("warning")?.fill).toMatchObject({ bgColor: { argb: "FFFFEB9C" } });
    expect(style("unreadable")?.fill).toMatchObject({ bgColor: { argb: "FFF8CBAD" } });
    expect(style("unreadable")?.font ?? null).toBeNull();

    expect(splitFormats(sheet(loaded, "党费台账")).ours).toEqual([
      { kind: "error", ref: "A3:D3", priority: 1 },
    ]);
  });

  test("notes: ours alone, or after the user's note in its own form", async () => {
    const workbook = await savedUserWorkbook();
    applyCheck(workbook, userPlan(), summary);
    const meetings = sheet(await roundTrip(workbook), "会议台账");

    expect(meetings.getCell("A3").note).toBe(
      `user: 已补记${NOTE_SEPARATOR}【不符合】实到4人，未超过应到10人的半数`
    );
    // Row 5's finding is its unreadable cell B5: the note goes on that cell.
    expect(meetings.getCell("A5").note).toBeUndefined();
    expect(meetings.getCell("B5").note).toMatchObject({
      texts: [
        { text: NOTE_HEADER, font: { bold: true } },
        { text: "\n【无法识别】会议类型“会议”无法识别" },
      ],
    });
    const rich = meetings.getCell("A6").note as ExcelJS.Comment;
    expect(rich.texts?.slice(0, 2)).toEqual(RICH_NOTE.texts);
    expect(rich.texts?.slice(2).map((t) => t.text)).toEqual([
      "\n\n",
      NOTE_HEADER,
      "\n【提示】主题党日记录不全",
    ]);
    expect(meetings.getCell("D2").note).toBe("应到人数含预备党员");
    expect(sheet(await roundTrip(workbook), "党费台账").getCell("A3").note).toMatchObject({
      texts: [{ text: NOTE_HEADER }, { text: "\n【不符合】实交党费15.00元少于应交党费30.00元" }],
    });
  });
});

describe("clearCheck", () => {
  test("after a save, clearing gives back the workbook as it was", async () => {
    const workbook = await savedUserWorkbook();
    const before = snapshotWorkbook(workbook);
    applyCheck(workbook, userPlan(), summary);
    const checked = await roundTrip(workbook);
    const report = clearCheck(checked);
    expect(report).toEqual({
      sheets: ["会议台账", "党费台账"],
      marks: 6,
      notes: 5,
      summaryRemoved: true,
    });
    expect(snapshotWorkbook(await roundTrip(checked))).toEqual(before);
  });

  test("in memory, clearing restores every note with its own type and runs", () => {
    const workbook = userWorkbook();
    const before = snapshotWorkbook(workbook);
    applyCheck(workbook, userPlan(), summary);
    clearCheck(workbook);
    expect(snapshotWorkbook(workbook)).toEqual(before);
    expect(workbook.getWorksheet("会议台账")?.getCell("A3").note).toBe("user: 已补记");
    expect(workbook.getWorksheet("会议台账")?.getCell("A6").note).toEqual(RICH_NOTE);
  });

  test("a workbook never checked: nothing to clear, nothing changes", async () => {
    const workbook = await savedUserWorkbook();
    const before = snapshotWorkbook(workbook);
    expect(clearCheck(workbook)).toEqual({
      sheets: [],
      marks: 0,
      notes: 0,
      summaryRemoved: false,
    });
    expect(snapshotWorkbook(await roundTrip(workbook))).toEqual(before);
  });
});

describe("checking again", () => {
  test("applyCheck twice gives the same workbook as once, in memory and across saves", async () => {
    const once = await savedUserWorkbook();
    applyCheck(once, userPlan(), summary);
    const expected = snapshotWorkbook(await roundTrip(once));

    const twice = await savedUserWorkbook();
    applyCheck(twice, userPlan(), summary);
    applyCheck(twice, userPlan(), summary);
    expect(snapshotWorkbook(await roundTrip(twice))).toEqual(expected);

    const reopened = await roundTrip(once);
    applyCheck(reopened, userPlan(), summary);
    expect(snapshotWorkbook(await roundTrip(reopened))).toEqual(expected);
  });

  test("a fixed row loses its mark and note on the next check", async () => {
    const workbook = await savedUserWorkbook();
    applyCheck(workbook, userPlan(), summary);
    const plan = userPlan();
    const dues = plan.sheets[1];
    if (dues) Object.assign(dues, { errorRows: [], notes: [] });
    const checked = await roundTrip(workbook);
    applyCheck(checked, plan, summary);
    const reloaded = await roundTrip(checked);
    expect(conditionalFormatsOf(sheet(reloaded, "党费台账"))).toEqual([]);
    expect(sheet(reloaded, "党费台账").getCell("A3").note).toBeUndefined();
    // One 汇总表 and its 问题清单, not a second pair.
    expect(findSummarySheets(reloaded).map((s) => s.name)).toEqual(["汇总表", "问题清单"]);
  });
});

describe("a user's own 汇总表", () => {
  test("is never touched; ours is written beside it under another name", async () => {
    const workbook = await savedUserWorkbook();
    const users = workbook.addWorksheet("汇总表");
    users.getCell("A1").value = "本支部自制汇总";
    users.getCell("B2").value = 42;
    const before = snapshotWorkbook(await roundTrip(workbook));

    expect(applyCheck(workbook, userPlan(), summary).summarySheet).toBe("汇总表（检查结果）");
    expect(applyCheck(workbook, userPlan(), summary).summarySheet).toBe("汇总表（检查结果）");
    const checked = await roundTrip(workbook);
    expect(checked.worksheets.map((s) => s.name)).toEqual([
      "汇总表（检查结果）",
      "问题清单",
      "会议台账",
      "党费台账",
      "汇总表",
    ]);
    expect(snapshotWorkbook(checked).find((s) => s.name === "汇总表")).toEqual(
      before.find((s) => s.name === "汇总表")
    );
    clearCheck(checked);
    expect(snapshotWorkbook(await roundTrip(checked))).toEqual(before);
  });
});
