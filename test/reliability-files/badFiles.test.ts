import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CLI, STACK_FRAME, tempDir } from "../cli/runCli";
import {
  CSV_TEXT,
  encryptedWorkbook,
  hugeSheetWorkbook,
  legacyXls,
  PDF_BYTES,
  PNG_BYTES,
  zipBombWorkbook,
} from "./hostileFiles";

/**
 * Hostile and mistaken files handed to the built `party-ledger check`, in a child limited to a
 * 512 MB heap: each must end with exit code 2 and one Chinese line naming the file and the reason,
 * quickly, never with a stack trace or a crash for want of memory.
 */

const HEAP_MB = 512;
const TIME_LIMIT_MS = 60_000;

interface BoundedRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function runBounded(args: readonly string[]): Promise<BoundedRun> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build:cli first`);
  const started = Date.now();
  const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, CLI, ...args], {
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    timeout: TIME_LIMIT_MS,
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
  child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (status, signal) =>
      resolve({ status, signal, stdout, stderr, ms: Date.now() - started })
    );
  });
}

const dir = tempDir("party-ledger-bad-files-");
const hasChinese = /[\u4e00-\u9fff]/;

interface BadFile {
  label: string;
  name: string;
  bytes: () => Uint8Array | string;
  /** What the message must say, beyond naming the file. */
  reason: RegExp;
}

const BAD_FILES: BadFile[] = [
  { label: "a CSV text file", name: "党费.xlsx", bytes: () => CSV_TEXT, reason: /文本文件/ },
  {
    label: "a PNG picture",
    name: "截图.xlsx",
    bytes: () => PNG_BYTES,
    reason: /不是 Excel 工作簿/,
  },
  { label: "a PDF", name: "台账扫描件.xlsx", bytes: () => PDF_BYTES, reason: /不是 Excel 工作簿/ },
  { label: "zero bytes", name: "空文件.xlsx", bytes: () => "", reason: /空文件（0 字节）/ },
  {
    label: "an encrypted workbook (a compound file with EncryptionInfo)",
    name: "加密台账.xlsx",
    bytes: encryptedWorkbook,
    reason: /设置了打开密码/,
  },
  {
    label: "a legacy .xls (a compound file with a Workbook stream)",
    name: "旧台账.xls",
    bytes: legacyXls,
    reason: /Excel 97-2003/,
  },
  {
    label: "a zip bomb that declares its 3 GiB",
    name: "炸弹-如实.xlsx",
    bytes: () => zipBombWorkbook({ inflatesToMiB: 3072 }),
    reason: /解压后过大（约 3\.0 GiB）/,
  },
  {
    label: "a zip bomb declaring 100 KB and inflating to 3 GiB",
    name: "炸弹-谎报.xlsx",
    bytes: () => zipBombWorkbook({ inflatesToMiB: 3072, declaredBytes: 100_000 }),
    reason: /解压后过大（超过其声明的大小）/,
  },
  {
    label: "a zip bomb declaring 60 MiB (under every ratio check) and inflating to 3 GiB",
    name: "炸弹-比例.xlsx",
    bytes: () => zipBombWorkbook({ inflatesToMiB: 3072, declaredBytes: 60 * 1024 ** 2 }),
    reason: /解压后过大（超过其声明的大小）/,
  },
  {
    label: "a sheet claiming A1:XFD1048576 with a value in its last cell",
    name: "百万行.xlsx",
    bytes: () => hugeSheetWorkbook({ dimension: true, lastCell: true }),
    reason: /工作表“会议台账”数据区域过大（A1:XFD1048576，1048576 行 × 16384 列）/,
  },
  {
    label: "a sheet merging A1:XFD1048576",
    name: "整表合并.xlsx",
    bytes: () => hugeSheetWorkbook({ mergeAll: true }),
    reason: /工作表“会议台账”合并单元格范围过大（A1:XFD1048576/,
  },
  {
    label: "all three: the dimension, the last cell and the merge",
    name: "全部.xlsx",
    bytes: () => hugeSheetWorkbook({ dimension: true, lastCell: true, mergeAll: true }),
    reason: /工作表“会议台账”.*过大/,
  },
];

describe.each(BAD_FILES)("party-ledger check on $label", ({ name, bytes, reason }) => {
  const file = join(dir, name);
  const runs: Record<string, BoundedRun> = {};

  beforeAll(
    async () => {
      writeFileSync(file, bytes());
      // The full reader (writes a checked copy) and the streaming one (--report-only).
      runs.full = await runBounded(["check", file, "--out", join(dir, "out")]);
      runs.stream = await runBounded(["check", file, "--report-only"]);
    },
    2 * TIME_LIMIT_MS + 10_000
  );

  test.each(["full", "stream"])("%s reader: exit 2, one Chinese line naming the file", (mode) => {
    const run = runs[mode];
    expect(run).toBeDefined();
    if (!run) return;
    // Not killed (timeout, abort on out-of-memory) and not an unexpected-error path.
    expect({ signal: run.signal, status: run.status }).toEqual({ signal: null, status: 2 });
    expect(run.ms).toBeLessThan(TIME_LIMIT_MS);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stderr).not.toMatch(/heap|FATAL|Error:|出错了/);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`“${name}”`);
    expect(lines[0]).toMatch(hasChinese);
    expect(lines[0]).toMatch(reason);
    expect(run.stdout.trim()).toBe("");
  });

  test("no checked copy is written for a file that cannot be read", () => {
    expect(existsSync(join(dir, "out", name.replace(/\.xlsx?$/, ".checked.xlsx")))).toBe(false);
  });
});
