import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadFixture } from "../fixtures/loadFixture";
import { makeMacroEnabled, readParts, writeParts } from "../fixtures/packages/repackage";
import { runCli, STACK_FRAME, tempDir, writeGridsAsXlsx } from "./runCli";

const hash = (file: string): string =>
  createHash("sha256").update(readFileSync(file)).digest("hex");

const dir = tempDir("party-ledger-xlsm-");
const macro = join(dir, "台账.xlsm");
const VBA = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]);

beforeAll(async () => {
  const plain = join(dir, "plain.xlsx");
  await writeGridsAsXlsx(loadFixture("department-q1").sheets, plain);
  const parts = readParts(plain);
  makeMacroEnabled(parts, VBA);
  writeParts(macro, parts);
});

test("clear of a macro-enabled workbook is refused with the reason; the file is untouched", () => {
  const before = hash(macro);
  const run = runCli(["clear", macro]);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain("启用宏的工作簿或模板");
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(hash(macro)).toBe(before);
});
