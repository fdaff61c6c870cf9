import {
  checkNotice,
  clearNotice,
  errorNotice,
  isCancellation,
  rollupNotice,
  templateNotice,
} from "./notices";
import { CheckCancelledError, HostError } from "../../excel/hostErrors";
import { checkWorkbook } from "../../engine";

describe("notices", () => {
  it("lists names in each language's style", () => {
    const notice = templateNotice({ inserted: ["党课台账", "培训台账"], existing: [] });
    expect(notice.lines[0]).toEqual({
      "zh-CN": "已插入工作表：党课台账、培训台账。",
      "en-US": "Inserted the sheets: 党课台账, 培训台账.",
    });
    expect(templateNotice({ inserted: [], existing: ["会议台账"] }).intent).toBe("info");
  });

  it("names what a check left unread: values right of a ledger, merges it could not read", () => {
    const notice = checkNotice({
      result: checkWorkbook([], { asOf: "2024-12-31" }),
      summarySheet: "汇总表",
      notesWritten: true,
      notesSkipped: [],
      skippedSheets: [],
      readSkipped: [{ sheet: "会议台账", columns: "H:XFD", mergeRows: [12, 13] }],
    });
    expect(notice.intent).toBe("warning");
    expect(notice.lines.slice(1).map((l) => l["zh-CN"])).toEqual([
      "“会议台账”工作表在台账表格右侧的 H:XFD 列中还有内容，这些内容不属于台账，未检查。",
      "“会议台账”工作表第 12、13 行的合并单元格未能读取，这些行按未合并处理。",
    ]);
  });

  it("names the rows whose note had no cell free of threaded comments", () => {
    const notice = checkNotice({
      result: checkWorkbook([], { asOf: "2024-12-31" }),
      summarySheet: "汇总表",
      notesWritten: true,
      notesSkipped: [
        { sheet: "会议台账", row: 5 },
        { sheet: "会议台账", row: 9 },
        { sheet: "党费台账", row: 3 },
      ],
      skippedSheets: [],
      readSkipped: [],
    });
    expect(notice.intent).toBe("warning");
    expect(notice.lines.slice(1).map((l) => l["zh-CN"])).toEqual([
      "“会议台账”工作表第 5、9 行的每个单元格都已有批注，问题说明未写入这些行，请看本面板和汇总表。",
      "“党费台账”工作表第 3 行的每个单元格都已有批注，问题说明未写入这些行，请看本面板和汇总表。",
    ]);
  });

  it("warns about protected sheets and skipped files", () => {
    const clear = clearNotice({
      sheets: ["党费台账"],
      marks: 3,
      notes: 1,
      summaryRemoved: false,
      skippedSheets: [{ sheet: "会议台账", reason: "protected" }],
    });
    expect(clear.intent).toBe("warning");
    expect(clear.lines[1]!["zh-CN"]).toContain("“会议台账”工作表受保护");
    const rollup = rollupNotice({
      sheets: ["汇总"],
      departments: 1,
      skipped: [{ file: "a.xlsx", reason: "没有汇总表" }],
    });
    expect(rollup.lines[1]!["zh-CN"]).toBe("未汇总“a.xlsx”：没有汇总表");
  });

  it("keeps a HostError's own words and names the action for any other error", () => {
    expect(errorNotice(new HostError("甲", "A"), "clearMarks").lines).toEqual([
      { "zh-CN": "甲", "en-US": "A" },
    ]);
    const other = errorNotice("boom {x}", "exportSummary");
    expect(other.lines[0]!["zh-CN"]).toMatch(/^导出汇总表未能完成：boom \{x\}。/);
    expect(other.lines[0]!["en-US"]).toMatch(
      /^Export summary could not be completed: boom \{x\}\./
    );
  });

  it("treats the host's cancellation and an aborted signal's AbortError as cancelling", () => {
    const live = new AbortController();
    const aborted = new AbortController();
    aborted.abort();
    const abortError = Object.assign(new Error("aborted"), { name: "AbortError" });
    expect(isCancellation(new CheckCancelledError(), live.signal)).toBe(true);
    expect(isCancellation(abortError, aborted.signal)).toBe(true);
    expect(isCancellation(abortError, live.signal)).toBe(false);
    expect(isCancellation(new Error("x"), aborted.signal)).toBe(false);
  });
});
