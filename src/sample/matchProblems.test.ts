import { matchSampleFindings, problemMatches, type FindingPlace } from "./matchProblems";
import type { SampleProblem } from "./types";

const finding = (over: Partial<FindingPlace>): FindingPlace => ({
  ruleId: "dues-monthly",
  severity: "error",
  sheet: "党费台账",
  row: null,
  branch: "机关第一党支部",
  person: "张三",
  period: "2025-06",
  ...over,
});

const problem = (over: Partial<SampleProblem>): SampleProblem => ({
  id: "P01",
  ruleId: "dues-monthly",
  sheet: "党费台账",
  description: "缺少6月的党费",
  ...over,
});

describe("problemMatches", () => {
  it("matches on rule and sheet, and on every place field the problem gives", () => {
    expect(problemMatches(problem({ person: "张三", period: "2025-06" }), finding({}))).toBe(true);
    expect(problemMatches(problem({ person: "张三" }), finding({ period: "2025-03" }))).toBe(true);
    expect(problemMatches(problem({ person: "李四" }), finding({}))).toBe(false);
    expect(problemMatches(problem({ period: "2025-07" }), finding({}))).toBe(false);
    expect(problemMatches(problem({ branch: "机关第二党支部" }), finding({}))).toBe(false);
    expect(problemMatches(problem({ ruleId: "dues-rate" }), finding({}))).toBe(false);
    expect(problemMatches(problem({ sheet: "会议台账" }), finding({}))).toBe(false);
  });

  it("tells a row finding by its row", () => {
    const row = finding({ ruleId: "dues-rate", row: 12, period: "2025-07" });
    expect(problemMatches(problem({ ruleId: "dues-rate", row: 12 }), row)).toBe(true);
    expect(problemMatches(problem({ ruleId: "dues-rate", row: 13 }), row)).toBe(false);
  });
});

describe("matchSampleFindings", () => {
  it("lists problems nobody reported and findings nobody documented", () => {
    const documented = problem({ person: "张三" });
    const missing = problem({ id: "P02", ruleId: "dues-rate", row: 5 });
    const extra = finding({ ruleId: "dues-collection-day", row: 9 });
    const result = matchSampleFindings([documented, missing], [finding({}), extra]);
    expect(result.unfound).toEqual([missing]);
    expect(result.undocumented).toEqual([extra]);
  });
});
