import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { loadFixture } from "../fixtures/loadFixture";
import { readParts, setText, text, writeParts } from "../fixtures/packages/repackage";
import { CLI, STACK_FRAME, tempDir, writeGridsAsXlsx } from "../cli/runCli";
import { columnLetter } from "../../src/engine";

/**
 * What made ExcelJS's full load die or crawl (a defined name and a data validation over a whole
 * sheet, 200,000 styled empty rows, 10,000 styled empty columns) is read by `check` as by
 * `--report-only`: both finish under a 512 MB heap with the same findings.
 */

const dir = tempDir("party-ledger-parity-");
const file = join(dir, "大范围.xlsx");

beforeAll(async () => {
  const plain = join(dir, "plain.xlsx");
  await writeGridsAsXlsx(loadFixture("department-q1").sheets, plain);
  const parts = readParts(plain);
  const workbook = text(parts, "xl/workbook.xml");
  const names = `<definedNames><definedName name="整表">'三会一课台账'!$1:$1048576</definedName></definedNames>`;
  setText(
    parts,
    "xl/workbook.xml",
    workbook.includes("<definedNames>")
      ? workbook.replace("<definedNames>", names.replace("</definedNames>", ""))
      : workbook.replace("<calcPr", `${names}<calcPr`)
  );
  const sheet = "xl/worksheets/sheet4.xml";
  const styledRows = Array.from(
    { length: 200_000 },
    (_, i) => `<row r="${i + 1000}" s="0" customFormat="1"/>`
  ).join("");
  const wideRow = `<row r="300000">${Array.from({ length: 10_000 }, (_, i) => `<c r="${columnLetter(i)}300000" s="0"/>`).join("")}</row>`;
  setText(
    parts,
    sheet,
    text(parts, sheet)
      .replace("</sheetData>", `${styledRows}${wideRow}</sheetData>`)
      .replace(
        "<pageMargins",
        `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"是,否"</formula1></dataValidation></dataValidations><pageMargins`
      )
  );
  writeParts(file, parts);
}, 60_000);

function run(args: readonly string[]) {
  return spawnSync(process.execPath, ["--max-old-space-size=512", CLI, ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 60_000,
  });
}

test("check and check --report-only both read it, with the same findings", () => {
  const reportOnly = run(["check", file, "--report-only", "--as-of", "2024-04-10", "--json", "-"]);
  const full = run(["check", file, "--as-of", "2024-04-10", "--json", "-"]);
  for (const result of [reportOnly, full]) {
    expect(result.signal).toBeNull();
    expect(result.stderr).not.toMatch(STACK_FRAME);
    expect([0, 1]).toContain(result.status);
  }
  const findings = (out: string) => (JSON.parse(out) as { findings: unknown[] }).findings;
  expect(findings(full.stdout)).toEqual(findings(reportOnly.stdout));
}, 130_000);
