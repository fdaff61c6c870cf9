import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findingsMarkdown, readExamples, type Example } from "./ruleExamples/readmeExamples";
import {
  RULE_IDS,
  type RuleId,
  type CellValue,
  type SheetInput,
  dayFromIso,
  checkWorkbook,
  type RuleSetting,
  SEVERITY_LABELS,
} from "../src/engine";

/**
 * Every rule's README shows what the rule does on ledgers as an officer fills them in (its
 * "Examples"); this runs each example through the whole check and compares the findings, word for
 * word, so the docs cannot drift from the rule. `UPDATE_EXAMPLES=1` rewrites the findings tables
 * from the engine instead — read the diff before committing it.
 */
const rulesDir = join(__dirname, "..", "src", "engine", "rules");
const update = process.env.UPDATE_EXAMPLES === "1";

/** A cell as Excel stores what was typed: numbers as numbers, ISO dates as date serials. */
function typed(text: string): CellValue {
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return dayFromIso(text) ?? text;
  return text;
}

function findingRows(id: RuleId, example: Example): string[][] {
  const sheets: SheetInput[] = example.sheets.map((sheet) => ({
    name: sheet.name,
    values: sheet.rows.map((row) => row.map(typed)),
  }));
  const rules: Partial<Record<RuleId, RuleSetting>> = {};
  if (example.options) rules[id] = { options: example.options as RuleSetting["options"] };
  // Every rule runs, as in a real check (structure-not-checkable reports on the others); the
  // example shows the findings of its own rule.
  const result = checkWorkbook(sheets, {
    year: 2024,
    asOf: example.asOf ?? "2025-01-15",
    locale: "zh-CN",
    rules,
  });
  expect(result.errors).toEqual([]);
  return result.findings
    .filter((f) => f.ruleId === id)
    .map((f) => [
      SEVERITY_LABELS[f.severity]["zh-CN"],
      f.sheet ?? "",
      f.row === null ? "" : String(f.row),
      f.message,
    ]);
}

describe.each([...RULE_IDS])("%s: the README's examples", (id) => {
  const path = join(rulesDir, id, "README.md");
  const readme = readFileSync(path, "utf8");
  const examples = readExamples(readme, path);

  test("has examples, at least one of them with a finding", () => {
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.some((e) => e.findings.length > 0)).toBe(true);
  });

  if (update) {
    test("findings tables rewritten (UPDATE_EXAMPLES=1)", () => {
      const lines = readme.split("\n");
      // From the last example up, so earlier line numbers stay right.
      for (const example of [...examples].reverse()) {
        const [first, end] = example.findingsLines;
        lines.splice(first, end - first, ...findingsMarkdown(findingRows(id, example)));
      }
      writeFileSync(path, lines.join("\n"));
    });
    return;
  }

  test.each(examples.map((e) => [e.title, e] as const))("%s", (_title, example) => {
    expect(findingRows(id, example)).toEqual(example.findings);
  });
});
