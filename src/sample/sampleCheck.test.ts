import { generateSample } from "./generateSample";
import { matchSampleFindings } from "./matchProblems";
import { sampleSheets } from "./sampleSheets";
import type { SampleOptions } from "./types";
import { checkWorkbook, summarize, RULES } from "../engine";

/** What a finding says, shortened for a readable failure message. */
const brief = (f: { ruleId: string; sheet: string | null; row: number | null; message: string }) =>
  `${f.ruleId} ${f.sheet ?? ""}${f.row !== null ? `:${f.row}` : ""} ${f.message}`;

describe.each<[string, SampleOptions]>([
  ["the default sample", {}],
  ["seed 1, 2024 (a leap year)", { seed: 1, year: 2024 }],
  ["seed 424242, 2026", { seed: 424242, year: 2026 }],
])("checking %s", (_label, options) => {
  const sample = generateSample(options);
  const result = checkWorkbook(sampleSheets(sample), { asOf: sample.asOf, year: sample.year });

  it("runs every rule without one throwing", () => {
    expect(result.errors).toEqual([]);
    expect(result.optionProblems).toEqual([]);
    expect(result.stats.filter((s) => s.skipped !== undefined)).toEqual([]);
  });

  it("finds every documented problem", () => {
    const { unfound } = matchSampleFindings(sample.problems, result.findings);
    expect(unfound.map((p) => `${p.id} ${p.ruleId}: ${p.description}`)).toEqual([]);
  });

  it("finds nothing that is not documented", () => {
    const { undocumented } = matchSampleFindings(sample.problems, result.findings);
    // Reminders too: the year's 组织生活会 gaps are reminders until 31 March of the next year.
    expect(undocumented.map(brief)).toEqual([]);
  });

  it("reports each documented problem as an error, a warning or an unreadable cell", () => {
    expect(result.totals.error).toBeGreaterThan(0);
    expect(result.totals.warning).toBeGreaterThan(0);
    expect(result.totals.unreadable).toBeGreaterThan(0);
  });

  it("builds the summary sheet of the check", () => {
    const summary = summarize(result, { checkedAt: `${sample.asOf} 09:00`, version: "test" });
    expect(JSON.stringify(summary)).toContain("上海市示范局机关党委");
  });

  // The 问题清单 is emailed upward: a dues line says whose payment and which figures differ, so
  // the reader knows whom to ask, and never an amount (every one is derived from an income).
  it("lists each dues problem by whose payment it is, without an amount", () => {
    const summary = summarize(result, { checkedAt: `${sample.asOf} 09:00`, version: "test" });
    const list = summary.attachments?.[0];
    const rows = new Map<number, string[]>();
    for (const cell of list?.cells ?? []) {
      if (cell.row <= 3 || cell.column > 7) continue;
      const row = rows.get(cell.row) ?? [];
      row[cell.column] = String(cell.value);
      rows.set(cell.row, row);
    }
    const duesRules = new Set(
      RULES.filter((r) => r.meta.ledger === "dues").map((r) => r.meta.title["zh-CN"])
    );
    const dues = [...rows.values()].filter((row) => duesRules.has(row[5] ?? ""));
    const people = result.findings.flatMap((f) => (f.person ? [f.person] : []));
    expect(dues.length).toBeGreaterThan(5);
    for (const row of dues) {
      const issue = row[6] ?? "";
      expect([issue, people.some((person) => issue.includes(person))]).toEqual([issue, true]);
      expect(issue).not.toMatch(/\d+(?:\.\d+)?元|¥/);
    }
  });
});
