import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { craftZip } from "../../src/xlsx/read/testSupport";
import { loadFixture } from "../fixtures/loadFixture";
import { readParts } from "../fixtures/packages/repackage";
import { runCli, STACK_FRAME, tempDir, writeGridsAsXlsx } from "../cli/runCli";

/**
 * A package written in ZIP64 form (sizes and offsets in ZIP64 extra fields, ZIP64 end records), as
 * streaming zip writers make them, is checked and cleared like any other: every part comes back.
 */

const dir = tempDir("party-ledger-zip64-");

test("check and clear a ZIP64 package: no part lost, every part back after clear", async () => {
  const plain = join(dir, "plain.xlsx");
  await writeGridsAsXlsx(loadFixture("department-q1").sheets, plain);
  const parts = readParts(plain);
  const file = join(dir, "zip64.xlsx");
  writeFileSync(
    file,
    craftZip(
      Object.entries(parts).map(([name, data]) => ({ name, data })),
      true
    )
  );
  const check = runCli(["check", file, "--as-of", "2024-04-10"]);
  expect(check.stderr).not.toMatch(STACK_FRAME);
  expect(check.status).toBe(1);
  const copy = join(dir, "zip64.checked.xlsx");
  expect(Object.keys(readParts(copy))).toEqual(expect.arrayContaining(Object.keys(parts)));
  const cleared = join(dir, "cleared.xlsx");
  expect(runCli(["clear", copy, "--out", cleared]).status).toBe(0);
  expect(readParts(cleared)).toEqual(parts);
});
