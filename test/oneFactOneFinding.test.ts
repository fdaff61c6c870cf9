import { generateSample } from "../src/sample/generateSample";
import { sampleSheets } from "../src/sample/sampleSheets";
import { listFixtures, loadFixture } from "./fixtures/loadFixture";
import { checkWorkbook, type CheckResult, type Finding } from "../src/engine";

/**
 * One fact, one finding (issue 12, §1): a fact reported twice counts twice in the totals and the
 * 合规率. Over every golden workbook and the sample:
 * - no two row findings of one rule share a sheet and a row (a wrong 交纳比例 and the 应交党费
 *   computed from it are one finding, on the 交纳比例 cell);
 * - no two structure findings of one rule share a sheet, row and column (two unreadable cells of
 *   one row are two facts; one cell reported twice is not);
 * - no row finding and period finding of one rule describe the same person and period (a late
 *   new-secretary training is its row finding, not also a missed deadline).
 */
const NOW = Date.UTC(2025, 0, 1);

function duplicates(findings: readonly Finding[], key: (f: Finding) => string | null): string[] {
  const seen = new Map<string, number>();
  for (const f of findings) {
    const k = key(f);
    if (k !== null) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([k, n]) => `${k} ×${n}`);
}

const rowKey = (f: Finding): string | null =>
  f.kind === "row" && f.sheet !== null && f.row !== null ? `${f.ruleId} ${f.sheet}:${f.row}` : null;
const structureKey = (f: Finding): string | null =>
  f.kind === "structure" && f.sheet !== null
    ? `${f.ruleId} ${f.sheet}:${f.row ?? ""}:${f.column ?? ""}`
    : null;

function rowAndPeriodOverlap(findings: readonly Finding[]): string[] {
  const about = (f: Finding) => `${f.ruleId} ${f.branch ?? ""} ${f.person ?? ""} ${f.period ?? ""}`;
  const periods = new Set(
    findings.filter((f) => f.kind === "period" && f.person !== null).map(about)
  );
  return findings
    .filter((f) => f.kind === "row" && f.person !== null && f.period !== null)
    .map(about)
    .filter((k) => periods.has(k));
}

const sample = generateSample();
const checks: [string, CheckResult][] = [
  ...listFixtures().map((name): [string, CheckResult] => {
    const fixture = loadFixture(name);
    return [name, checkWorkbook(fixture.sheets, { now: NOW, ...fixture.options })];
  }),
  ["the sample", checkWorkbook(sampleSheets(sample), { asOf: sample.asOf, year: sample.year })],
];

describe.each(checks)("one fact, one finding: %s", (_name, result) => {
  test("no two row findings of one rule on the same row", () => {
    expect(duplicates(result.findings, rowKey)).toEqual([]);
  });

  test("no two structure findings of one rule on the same cell", () => {
    expect(duplicates(result.findings, structureKey)).toEqual([]);
  });

  test("no row finding and period finding of one rule about the same person and period", () => {
    expect(rowAndPeriodOverlap(result.findings)).toEqual([]);
  });
});
