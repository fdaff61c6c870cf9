/**
 * The "Examples" section of a rule's README, read as data: each example is the ledger sheets an
 * officer would fill in (markdown tables under their sheet's name) and the findings the check
 * gives for them (a table in zh-CN, or "No finding."). test/ruleExamples.test.ts runs them.
 *
 *     ## Examples
 *     ### A title
 *     As of 2024-12-20.                    (optional; else year 2024, as of 2025-01-15)
 *     Options: `{"reminderDays": 30}`      (optional: the rule's options)
 *     **会议台账**
 *     | 支部 | 会议类型 | 会议日期 |
 *     | ---- | -------- | -------- |
 *     | 第一党支部 | 支部党员大会 | 2024-02-20 |
 *     **检查结果**
 *     | 严重程度 | 台账 | 行 | 问题说明 |
 *     …
 */

export interface ExampleSheet {
  name: string;
  /** The header row, then the data rows, as written. */
  rows: string[][];
}

export interface Example {
  title: string;
  asOf: string | null;
  options: Record<string, unknown> | null;
  sheets: ExampleSheet[];
  /** The expected findings' rows (严重程度, 台账, 行, 问题说明), without the header. */
  findings: string[][];
  /** Lines [first, end) of the README that hold the expected findings (table or "No finding."). */
  findingsLines: [number, number];
}

export const FINDINGS_HEADER = ["严重程度", "台账", "行", "问题说明"];
export const NO_FINDING = "No finding.";
const RESULT_LABEL = "**检查结果**";

const isTableLine = (line: string): boolean => line.trimStart().startsWith("|");

function tableCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, "|"));
}

/** The table starting at `start` (header, separator, rows) and the line after it. */
function readTable(lines: readonly string[], start: number): { rows: string[][]; end: number } {
  let end = start;
  while (end < lines.length && isTableLine(lines[end] ?? "")) end++;
  const [header, , ...body] = lines.slice(start, end).map(tableCells);
  return { rows: header ? [header, ...body] : [], end };
}

const nextContent = (lines: readonly string[], from: number): number => {
  let i = from;
  while (i < lines.length && (lines[i] ?? "").trim() === "") i++;
  return i;
};

export function readExamples(readme: string, where: string): Example[] {
  const lines = readme.split("\n");
  const start = lines.findIndex((line) => line.trim() === "## Examples");
  if (start < 0) return [];
  const examples: Example[] = [];
  let current: Example | null = null;
  const fail = (i: number, why: string): never => {
    throw new Error(`${where}:${i + 1}: ${why}`);
  };
  for (let i = start + 1; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (line.startsWith("## ")) break;
    if (line.startsWith("### ")) {
      current = {
        title: line.slice(4).trim(),
        asOf: null,
        options: null,
        sheets: [],
        findings: [],
        findingsLines: [-1, -1],
      };
      examples.push(current);
      continue;
    }
    if (current === null || line === "") continue;
    const asOf = /^As of (\d{4}-\d{2}-\d{2})\.$/.exec(line);
    const options = /^Options: `(.+)`$/.exec(line);
    const bold = /^\*\*(.+)\*\*$/.exec(line);
    if (asOf) current.asOf = asOf[1] ?? null;
    else if (options) current.options = JSON.parse(options[1] ?? "{}") as Record<string, unknown>;
    else if (line === RESULT_LABEL) {
      const at = nextContent(lines, i + 1);
      if ((lines[at] ?? "").trim() === NO_FINDING) {
        current.findingsLines = [at, at + 1];
        i = at;
      } else if (isTableLine(lines[at] ?? "")) {
        const { rows, end } = readTable(lines, at);
        if (rows[0]?.join("|") !== FINDINGS_HEADER.join("|"))
          fail(at, `the findings table's header must be | ${FINDINGS_HEADER.join(" | ")} |`);
        current.findings = rows.slice(1);
        current.findingsLines = [at, end];
        i = end - 1;
      } else fail(at, `${RESULT_LABEL} is followed by a table or "${NO_FINDING}"`);
    } else if (bold) {
      const at = nextContent(lines, i + 1);
      if (!isTableLine(lines[at] ?? "")) fail(at, `the sheet ${bold[1]} needs a table`);
      const { rows, end } = readTable(lines, at);
      current.sheets.push({ name: bold[1] ?? "", rows });
      i = end - 1;
    }
  }
  for (const example of examples) {
    if (example.sheets.length === 0) throw new Error(`${where}: "${example.title}" has no sheet`);
    if (example.findingsLines[0] < 0)
      throw new Error(`${where}: "${example.title}" has no ${RESULT_LABEL}`);
  }
  return examples;
}

/** The markdown of a findings table (or "No finding."), for UPDATE_EXAMPLES. */
export function findingsMarkdown(rows: readonly string[][]): string[] {
  if (rows.length === 0) return [NO_FINDING];
  const escape = (cell: string): string => cell.replace(/\|/g, "\\|");
  return [
    `| ${FINDINGS_HEADER.join(" | ")} |`,
    `| ${FINDINGS_HEADER.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(escape).join(" | ")} |`),
  ];
}
