import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { loadFixture } from "../fixtures/loadFixture";
import { runCli, STACK_FRAME, tempDir, writeGridsAsXlsx } from "./runCli";

/**
 * Inputs and outputs that are not regular files or folders are refused at once with a reason: a
 * named pipe as input blocked the read forever, and an output under /proc hung in mkdir.
 */

const dir = tempDir("party-ledger-special-");
const ledger = join(dir, "台账.xlsx");

beforeAll(async () => {
  await writeGridsAsXlsx(loadFixture("department-q1").sheets, ledger);
});

test("a named pipe as input → exit 2 at once, naming it", () => {
  const pipe = join(dir, "管道.xlsx");
  execFileSync("mkfifo", [pipe]);
  for (const args of [
    ["check", pipe],
    ["check", pipe, "--report-only"],
    ["clear", pipe],
    ["rollup", pipe, "--out", join(dir, "r.xlsx")],
  ]) {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("不是普通文件");
    expect(run.stderr).toContain("管道.xlsx");
    expect(run.stderr).not.toMatch(STACK_FRAME);
  }
});

test.each([
  ["--out under /proc", ["--out", "/proc/party-ledger/x.xlsx"]],
  ["--json under /proc", ["--json", "/proc/party-ledger.json", "--report-only"]],
  ["--json on a device", ["--json", "/dev/full", "--report-only"]],
])("%s → exit 2 at once, naming it", (_label, extra) => {
  const run = runCli(["check", ledger, ...extra]);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain(extra[1]);
  expect(run.stderr).toMatch(/系统目录|不是普通文件/);
});

test("an output that exists as a folder → exit 2", () => {
  const run = runCli(["template", dir, "--force"]);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain("不是普通文件");
});
