import type { SheetInput } from "../cell/types";
import { checkWorkbook, summaryData } from "../check";
import { loadFixture } from "../../../test/fixtures/loadFixture";
import { findingKeys } from "./findingKey";
import { hashText } from "./hash";
import { validateAcknowledgements } from "./validate";

const fixture = loadFixture("department-q1");
const options = { ...fixture.options, locale: "zh-CN" as const };

function warningsOf(sheets: readonly SheetInput[]) {
  const result = checkWorkbook(sheets, options);
  const keys = findingKeys(result.findings, result.workbook);
  return result.findings
    .map((finding, i) => ({ finding, key: keys[i] }))
    .filter((entry) => entry.finding.severity === "warning");
}

/** The fixture with a blank row inserted below a sheet's header: every later row moves down. */
function withRowInserted(sheet: string, at: number): SheetInput[] {
  return fixture.sheets.map((s) => {
    if (s.name !== sheet) return s;
    const width = s.values[0]?.length ?? 1;
    const values = [...s.values];
    values.splice(
      at,
      0,
      Array.from({ length: width }, () => "")
    );
    return { ...s, values };
  });
}

function withCell(sheet: string, row: number, column: number, value: string): SheetInput[] {
  return fixture.sheets.map((s) =>
    s.name !== sheet
      ? s
      : {
          ...s,
          values: s.values.map((r, i) =>
            i === row - 1 ? r.map((c, j) => (j === column ? value : c)) : r
          ),
        }
  );
}

describe("a finding's identity", () => {
  it("is given to warnings only, each once", () => {
    const result = checkWorkbook(fixture.sheets, options);
    const keys = findingKeys(result.findings, result.workbook);
    result.findings.forEach((finding, i) => {
      expect(keys[i] === undefined).toBe(finding.severity !== "warning");
    });
    const given = keys.filter((k): k is string => k !== undefined);
    expect(new Set(given).size).toBe(given.length);
    expect(given.length).toBeGreaterThan(3);
  });

  it("survives rows inserted above the finding's row (it names the content, not the row)", () => {
    const before = warningsOf(fixture.sheets);
    const after = warningsOf(withRowInserted("党费台账", 2));
    const dues = (list: typeof before) =>
      list.filter((w) => w.finding.sheet === "党费台账").map((w) => w.key);
    expect(dues(after)).toEqual(dues(before));
    const rows = (list: typeof before) =>
      list.filter((w) => w.finding.sheet === "党费台账").map((w) => w.finding.row);
    expect(rows(after)).toEqual(rows(before).map((row) => (row ?? 0) + 1));
  });

  it("changes when the row itself is edited, and not when another row is", () => {
    const before = warningsOf(fixture.sheets);
    const target = before.find((w) => w.finding.ruleId === "dues-quarterly-approval");
    if (!target?.finding.row) throw new Error("the fixture lost its quarterly-approval warning");
    // The remark column (备注) is the last one of the dues ledger.
    const sheet = fixture.sheets.find((s) => s.name === "党费台账");
    const last = (sheet?.values[0]?.length ?? 1) - 1;
    const edited = warningsOf(withCell("党费台账", target.finding.row, last, "另行说明"));
    const same = edited.find((w) => w.finding.ruleId === "dues-quarterly-approval");
    expect(same?.key).not.toBe(target.key);
    const other = before.find((w) => w.finding.ruleId === "dues-collection-day");
    expect(edited.find((w) => w.finding.ruleId === "dues-collection-day")?.key).toBe(other?.key);
  });

  it("names a period finding by branch, period, person and its text values", () => {
    const finding = {
      ruleId: "meeting-group-monthly" as const,
      severity: "warning" as const,
      kind: "period" as const,
      sheet: "会议台账",
      row: null,
      column: null,
      branch: "第一党支部",
      period: "2024-03",
      person: null,
      messageId: "missing",
      data: {
        branch: "第一党支部",
        group: "第一党小组",
        period: "2024-03",
        dueDate: "2024-03-31",
        count: 2,
      },
    };
    const other = { ...finding, data: { ...finding.data, group: "第二党小组" } };
    const moved = { ...finding, data: { ...finding.data, dueDate: "2024-04-30", count: 3 } };
    const [a, b, c] = findingKeys([finding, other, moved], { issues: [] });
    expect(a).not.toBe(b);
    // Dates and numbers are left out: the same missing meeting, whatever its due date or count.
    expect(c).toBe(`${a}#2`);
  });
});

describe("acknowledgements in a check", () => {
  it("mark the named warning 已说明, count it apart and leave the 合规率 as it was", () => {
    const plain = checkWorkbook(fixture.sheets, options);
    const keys = findingKeys(plain.findings, plain.workbook);
    const index = plain.findings.findIndex((f) => f.ruleId === "org-secretary-principal");
    const key = keys[index];
    if (key === undefined) throw new Error("expected a warning");
    const result = checkWorkbook(fixture.sheets, {
      ...options,
      acknowledgements: [{ key, reason: "经机关党委同意，由副处长担任书记", date: "2024-04-01" }],
    });
    const finding = result.findings[index];
    expect(finding?.acknowledged).toEqual({
      reason: "经机关党委同意，由副处长担任书记",
      date: "2024-04-01",
    });
    expect(finding?.severity).toBe("warning");
    expect(result.acknowledged).toBe(1);
    expect(result.totals.warning).toBe(plain.totals.warning - 1);
    expect(result.totals.error).toBe(plain.totals.error);
    expect(result.findings.filter((f) => f.acknowledged)).toHaveLength(1);
    // The 合规率 is the one without the explanation; dropping the finding would have raised it.
    const request = { checkedAt: "2024-04-10 09:00", version: "test" };
    const rate = summaryData(result, request).complianceRate;
    expect(rate).toBe(summaryData(plain, request).complianceRate);
    const without = checkWorkbook(fixture.sheets, {
      ...options,
      rules: { "org-secretary-principal": { enabled: false } },
    });
    expect(summaryData(without, request).complianceRate).toBeGreaterThan(rate ?? 1);
    // The note on the sheet says so.
    const notes = result.highlights.sheets.flatMap((s) => s.notes.map((n) => n.text));
    expect(notes.some((text) => text.includes("已说明：经机关党委同意"))).toBe(true);
  });

  it("never apply to an error, and ignore entries that are not acknowledgements", () => {
    const plain = checkWorkbook(fixture.sheets, options);
    const error = plain.findings.find((f) => f.severity === "error");
    if (!error) throw new Error("expected an error");
    const garbage: unknown = [
      { key: "meeting-general-quarterly", reason: "x", date: "2024-01-01" },
      { key: 5, reason: "x", date: "2024-01-01" },
      { key: "k", reason: "", date: "2024-01-01" },
      { key: "k", reason: "x", date: "2024-02-30" },
      "not an object",
    ];
    const result = checkWorkbook(fixture.sheets, {
      ...options,
      acknowledgements: garbage as never,
    });
    expect(result.acknowledged).toBe(0);
    expect(result.totals).toEqual(plain.totals);
  });
});

describe("validateAcknowledgements", () => {
  it("keeps valid entries, the last of a key given twice, and strips control characters", () => {
    expect(
      validateAcknowledgements([
        { key: "a", reason: "first", date: "2024-01-01" },
        { key: "b", reason: " 理由\u0007 ", date: "2024-01-02" },
        { key: "a", reason: "second", date: "2024-01-03" },
        { key: "c", reason: "x".repeat(201), date: "2024-01-03" },
      ])
    ).toEqual([
      { key: "b", reason: "理由", date: "2024-01-02" },
      { key: "a", reason: "second", date: "2024-01-03" },
    ]);
    expect(validateAcknowledgements("[]")).toEqual([]);
    expect(validateAcknowledgements(null)).toEqual([]);
  });
});

describe("hashText", () => {
  it("is stable, 16 hex digits, and tells near strings apart", () => {
    expect(hashText("第一党支部")).toBe(hashText("第一党支部"));
    expect(hashText("第一党支部")).toMatch(/^[0-9a-f]{16}$/);
    expect(hashText("ab")).not.toBe(hashText("ba"));
    expect(hashText("")).not.toBe(hashText(" "));
  });
});
