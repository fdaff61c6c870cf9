import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { CLI, runCli, tempDir } from "./runCli";

/**
 * What the command says while it works: a status line on a terminal only, wiped before the tables,
 * and after several files one line of their totals.
 */

const dir = tempDir("party-ledger-progress-");
const sample = join(dir, "示例.xlsx");
const second = join(dir, "二局.xlsx");

beforeAll(() => {
  expect(runCli(["sample", sample]).status).toBe(0);
  expect(runCli(["sample", second]).status).toBe(0);
});

test("piped: no status line in stderr or stdout, and a total line after several files", () => {
  const run = runCli(["check", sample, second, "--report-only", "--as-of", "2026-01-15"]);
  expect(run.status).toBe(1);
  for (const stream of [run.stdout, run.stderr]) {
    expect(stream).not.toContain("正在读取");
    expect(stream).not.toContain("\u001b[2K");
  }
  const lines = run.stdout.trim().split("\n");
  expect(lines[lines.length - 1]).toBe("共检查 2 个文件：不符合 42，提示 32，提醒 12，无法识别 4");
});

test("the total line names the files that could not be checked", () => {
  const run = runCli([
    "check",
    sample,
    join(dir, "没有这个文件.xlsx"),
    "--report-only",
    "--as-of",
    "2026-01-15",
  ]);
  expect(run.status).toBe(2);
  expect(run.stdout).toContain(
    "共检查 1 个文件：不符合 21，提示 16，提醒 6，无法识别 2；另有 1 个文件未能检查"
  );
});

// util-linux's `script` gives the command a terminal, as an officer's console would.
const script = "/usr/bin/script";
const ERASE = "\u001b\\[2K";
(existsSync(script) ? test : test.skip)(
  "on a terminal: which sheet and how many rows, then checking, each wiped before the table",
  () => {
    const command = `"${process.execPath}" "${CLI}" check "${sample}" --report-only --as-of 2026-01-15`;
    const run = spawnSync(script, ["-qec", command, "/dev/null"], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", COLUMNS: "100" },
      timeout: 120_000,
    });
    const transcript = run.stdout;
    // The erase-line sequence (ESC [2K), then the status.
    expect(transcript).toMatch(new RegExp(`\r${ERASE}[^\r\n]*正在读取“[^”]+”：[\\d,]+ 行…`));
    expect(transcript).toMatch(/正在检查，共 [\d,]+ 行…/);
    // The line is wiped, and the table follows on a clean line.
    const table = transcript.indexOf("支部");
    const lastStatus = transcript.lastIndexOf("正在检查");
    expect(lastStatus).toBeLessThan(table);
    expect(transcript.slice(lastStatus, table)).toContain("\r\u001b[2K");
  }
);
