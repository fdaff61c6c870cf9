import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { loadFixture } from "../fixtures/loadFixture";
import { runCli, STACK_FRAME, tempDir, writeGridsAsXlsx } from "./runCli";

/**
 * Every path a run writes is compared with every input and every other output of the run, after
 * `..`, symbolic links and case are resolved: a clash is exit 2 naming both, with nothing written.
 */

const hash = (file: string): string =>
  createHash("sha256").update(readFileSync(file)).digest("hex");

const dir = tempDir("party-ledger-paths-");
const ledger = join(dir, "台账.xlsx");
let before = "";

beforeAll(async () => {
  await writeGridsAsXlsx(loadFixture("department-q1").sheets, ledger);
  before = hash(ledger);
});

/** The folder holds exactly these names afterwards: nothing was written beside them. */
const entries = (folder: string): string[] => readdirSync(folder).sort();

describe("--json never lands on an input or on another output", () => {
  test.each([
    ["the ledger itself", ["--json", ledger]],
    ["the ledger, with --report-only", ["--json", ledger, "--report-only"]],
    ["the ledger through ..", ["--json", join(dir, "sub", "..", "台账.xlsx")]],
    ["the ledger in other case", ["--json", join(dir, "台账.XLSX")]],
    ["the checked copy about to be written", ["--json", join(dir, "台账.checked.xlsx")]],
  ])("%s → exit 2 naming both, nothing written", (_label, extra) => {
    const listed = entries(dir);
    const run = runCli(["check", ledger, "--as-of", "2024-04-10", ...extra]);
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stderr).toContain("未写入任何文件");
    expect(run.stderr).toContain(extra[1]);
    expect(hash(ledger)).toBe(before);
    expect(entries(dir)).toEqual(listed);
  });

  test("a symbolic link to the ledger is the ledger", () => {
    const link = join(dir, "report-link.json");
    symlinkSync(ledger, link);
    const run = runCli(["check", ledger, "--json", link, "--report-only"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("台账.xlsx");
    expect(hash(ledger)).toBe(before);
  });

  test("--out on the ledger → exit 2", () => {
    const run = runCli(["check", ledger, "--out", ledger]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("不会覆盖原文件");
    expect(hash(ledger)).toBe(before);
  });
});

describe("rollup --out never lands on an input", () => {
  test("rollup a.xlsx b.xlsx --out b.xlsx → exit 2, b untouched", async () => {
    const a = join(dir, "rollup-a.xlsx");
    const b = join(dir, "rollup-b.xlsx");
    await writeGridsAsXlsx(loadFixture("department-q1").sheets, a);
    await writeGridsAsXlsx(loadFixture("department-q1").sheets, b);
    const bBefore = hash(b);
    const run = runCli(["rollup", a, b, "--out", b]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("rollup-b.xlsx");
    expect(hash(b)).toBe(bBefore);
  });
});

describe("several inputs of one name into one folder", () => {
  test("get distinct, predictable names, each printed beside its input", async () => {
    const a = join(dir, "a");
    const b = join(dir, "b");
    mkdirSync(a);
    mkdirSync(b);
    await writeGridsAsXlsx(loadFixture("department-q1").sheets, join(a, "台账.xlsx"));
    await writeGridsAsXlsx(loadFixture("error.missing-columns").sheets, join(b, "台账.xlsx"));
    const out = join(dir, "out");
    const run = runCli([
      "check",
      join(a, "台账.xlsx"),
      join(b, "台账.xlsx"),
      "--out",
      `${out}/`,
      "--as-of",
      "2024-04-10",
    ]);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(entries(out)).toEqual(["台账-2.checked.xlsx", "台账.checked.xlsx"]);
    expect(run.stdout).toContain(`${join(a, "台账.xlsx")} → ${join(out, "台账.checked.xlsx")}`);
    expect(run.stdout).toContain(`${join(b, "台账.xlsx")} → ${join(out, "台账-2.checked.xlsx")}`);
    expect(hash(join(out, "台账.checked.xlsx"))).not.toBe(hash(join(out, "台账-2.checked.xlsx")));
    expect(existsSync(join(out, "台账.checked.xlsx"))).toBe(true);
  });
});
