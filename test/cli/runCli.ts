import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeXlsxFile } from "../../src/xlsx/write/saveXlsx";
import { type SheetInput, parseCellAddress } from "../../src/engine";

export const CLI = join(__dirname, "..", "..", "build", "cli", "cli", "main.js");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built `party-ledger` (npm test builds it first) with colour off, as CI would see it;
 * `env` adds to the environment (a time zone, say).
 */
export function runCli(
  args: readonly string[],
  cwd?: string,
  env: Record<string, string> = {}
): CliRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build:cli first`);
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...env },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = "party-ledger-cli-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes grids to an .xlsx the way a person would have typed them: each value in its cell. */
export async function writeGridsAsXlsx(sheets: readonly SheetInput[], file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    const origin = parseCellAddress(sheet.topLeft ?? "A1") ?? { row: 1, column: 0 };
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === "") return;
        worksheet.getCell(origin.row + r, origin.column + c + 1).value = value;
      })
    );
  }
  await writeXlsxFile(workbook, file);
}

export function writeBytes(file: string, bytes: Uint8Array | string): string {
  writeFileSync(file, bytes);
  return file;
}

/** A line that looks like a JavaScript stack frame: users must never see one. */
export const STACK_FRAME = /^\s+at .+\(.+:\d+:\d+\)$/m;
