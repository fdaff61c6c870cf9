import { join } from "node:path";
import { loadFixture } from "../fixtures/loadFixture";
import { readParts, setText, text, writeParts } from "../fixtures/packages/repackage";
import { runCli, tempDir, writeGridsAsXlsx } from "./runCli";

/**
 * Text from a workbook never drives the terminal: a branch named with `_x001B_[2J` (clear the
 * screen) or `_x001B_]0;…_x0007_` (set the window title) prints without its control characters.
 */

const dir = tempDir("party-ledger-terminal-");
const file = join(dir, "控制字符.xlsx");
const HOSTILE = "_x001B_[2J_x001B_]0;pwned_x0007_\u202e第一党支部";

beforeAll(async () => {
  const plain = join(dir, "plain.xlsx");
  await writeGridsAsXlsx(loadFixture("department-q1").sheets, plain);
  const parts = readParts(plain);
  setText(
    parts,
    "xl/sharedStrings.xml",
    text(parts, "xl/sharedStrings.xml").replaceAll(">第一党支部<", `>${HOSTILE}<`)
  );
  writeParts(file, parts);
});

// eslint-disable-next-line no-control-regex -- the very characters under test
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

test.each([
  ["check --report-only", ["--report-only"]],
  ["check with a copy", ["--out", join(dir, "out") + "/"]],
  ["check --json -", ["--report-only", "--json", "-"]],
])("%s prints no control character", (_label, extra) => {
  const run = runCli(["check", file, "--as-of", "2024-04-10", ...extra]);
  expect(run.status).toBe(1);
  expect(run.stdout + run.stderr).toContain("[2J]0;pwned第一党支部");
  expect(run.stdout).not.toMatch(CONTROL);
  expect(run.stderr).not.toMatch(CONTROL);
});
