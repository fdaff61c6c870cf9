import { copyFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { loadFixture } from "../fixtures/loadFixture";
import { makeMacroEnabled, readParts, text, writeParts } from "../fixtures/packages/repackage";
import { runCli, STACK_FRAME, tempDir, writeGridsAsXlsx } from "./runCli";

/**
 * A macro-enabled workbook is checked and cleared as the package it is: the copy is an .xlsm with
 * the same VBA project, and clearing in place gives back every part as it was.
 */

const dir = tempDir("party-ledger-xlsm-");
const macro = join(dir, "台账.xlsm");
const VBA = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]);
const MACRO_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

beforeAll(async () => {
  const plain = join(dir, "plain.xlsx");
  await writeGridsAsXlsx(loadFixture("department-q1").sheets, plain);
  const parts = readParts(plain);
  makeMacroEnabled(parts, VBA);
  writeParts(macro, parts);
});

test("check writes an .xlsm copy that keeps the VBA project and the macro content type", () => {
  const run = runCli(["check", macro, "--as-of", "2024-04-10"]);
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(run.status).toBe(1);
  const copy = join(dir, "台账.checked.xlsm");
  expect(existsSync(copy)).toBe(true);
  const parts = readParts(copy);
  expect(parts["xl/vbaProject.bin"]).toEqual(VBA);
  expect(text(parts, "[Content_Types].xml")).toContain(MACRO_TYPE);
  expect(text(parts, "xl/_rels/workbook.xml.rels")).toContain("vbaProject.bin");
});

test("clear in place keeps the macros: every part is as before the check", () => {
  const copy = join(dir, "台账.checked.xlsm");
  const cleared = join(dir, "清除.xlsm");
  copyFileSync(copy, cleared);
  const run = runCli(["clear", cleared]);
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(run.status).toBe(0);
  expect(readParts(cleared)).toEqual(readParts(macro));
});
