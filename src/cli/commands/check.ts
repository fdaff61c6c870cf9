import { basename } from "node:path";
import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type ExcelJS from "exceljs";
import pc from "picocolors";
import type { SheetInput } from "../../engine/cell/types";
import { checkWorkbook, summarize, summaryData, type CheckResult } from "../../engine/check";
import type { Locale } from "../../engine/i18n/locale";
import { RECORD_LEDGER_IDS } from "../../engine/model/ledgers";
import { buildJsonReport, type JsonReport } from "../../engine/report/jsonReport";
import type { SheetModel } from "../../engine/summary/model";
import { streamXlsxSheets } from "../../xlsx/read/streamSheets";
import { CliError, EXIT } from "../cliError";
import { cliText } from "../cliText";
import { localTimestamp } from "../../engine/calendar/timestamp";
import { describeFailure } from "../describeFailure";
import { renderBranchTable } from "../output/branchTable";
import { createProgress } from "../output/progress";
import { checkedCopyPath, isDirectoryTarget, samePath } from "../outputPaths";

export interface CheckCommandOptions {
  out?: string;
  json?: string;
  asOf?: string;
  year?: number;
  locale: Locale;
  reportOnly: boolean;
  version: string;
}

const LARGE_FILE_BYTES = 5 * 2 ** 20;

/** What one file gave: its report, or the reason it could not be checked. */
type FileOutcome = { file: string; report: JsonReport } | { file: string; failure: string };

function hasAnyLedger(result: CheckResult): boolean {
  return RECORD_LEDGER_IDS.some((ledger) => result.workbook[ledger] !== undefined);
}

/**
 * `party-ledger check`: checks each file, writes `<name>.checked.xlsx` (unless --report-only),
 * prints a per-branch table, and optionally the JSON report. Returns the exit code.
 */
export async function runCheck(
  files: readonly string[],
  options: CheckCommandOptions
): Promise<number> {
  const text = cliText(options.locale);
  const several = files.length > 1;
  // With the JSON report on stdout, everything meant for people goes to stderr.
  const human = options.json === "-" ? process.stderr : process.stdout;
  if (
    several &&
    options.out !== undefined &&
    !options.reportOnly &&
    !isDirectoryTarget(options.out)
  ) {
    throw new CliError(text("outNeedsDir", { out: options.out }));
  }
  const progress = createProgress(
    process.stderr,
    (index, count, name) => text("progress", { index, count, file: name }),
    (sheet, rows) => text("readingRows", { sheet, rows })
  );

  const outcomes: FileOutcome[] = [];
  for (const [i, file] of files.entries()) {
    if (several) progress.file(i + 1, files.length, basename(file));
    try {
      outcomes.push({
        file,
        report: await checkOne(file, options, several, human, (s, r) => progress.rows(s, r)),
      });
    } catch (error) {
      const failure = describeFailure(error, file, options.locale);
      outcomes.push({ file, failure });
      process.stderr.write(`${pc.red(failure)}\n`);
    }
  }
  progress.done();

  const reports = outcomes.flatMap((o) => ("report" in o ? [o.report] : []));
  if (options.json !== undefined) {
    const json = `${JSON.stringify(several ? reports : (reports[0] ?? null), null, 2)}\n`;
    if (options.json === "-") process.stdout.write(json);
    else {
      await mkdir(dirname(options.json), { recursive: true });
      await writeFile(options.json, json, "utf8");
      human.write(`${text("jsonWritten", { out: options.json })}\n`);
    }
  }
  if (outcomes.some((o) => "failure" in o)) return EXIT.unusable;
  return reports.some((r) => r.totals.error > 0) ? EXIT.errorsFound : EXIT.ok;
}

async function checkOne(
  file: string,
  options: CheckCommandOptions,
  several: boolean,
  human: NodeJS.WriteStream,
  onRows: (sheet: string, rows: number) => void
): Promise<JsonReport> {
  const text = cliText(options.locale);
  let workbook: ExcelJS.Workbook | undefined;
  let sheets: SheetInput[];
  if (options.reportOnly) {
    sheets = await streamXlsxSheets(file, ({ sheet, rows }) => onRows(sheet, rows));
  } else {
    // A full load has no progress of its own; a large file at least says it is being read.
    const size = (await stat(file).catch(() => undefined))?.size ?? 0;
    if (size > LARGE_FILE_BYTES) {
      process.stderr.write(
        `${text("readingLarge", { file: basename(file), size: (size / 2 ** 20).toFixed(1) })}\n`
      );
    }
    // Loaded only here: requiring ExcelJS costs --report-only a fifth of a second at start-up.
    const { readXlsxFile } = await import("../../xlsx/read/readXlsx");
    ({ workbook, sheets } = await readXlsxFile(file));
  }

  const result = checkWorkbook(sheets, {
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    ...(options.year !== undefined ? { year: options.year } : {}),
    locale: options.locale,
  });
  if (!hasAnyLedger(result)) throw new CliError(text("noLedger", { file: basename(file) }));
  const request = { checkedAt: localTimestamp(), version: options.version };
  // Without a copy to write, only the summary's figures are needed, not the sheet's layout.
  const summary: SheetModel | undefined = workbook ? summarize(result, request) : undefined;
  const data = summary ? summary.data : summaryData(result, request);
  if (!data) throw new Error("the summary model carries no data");
  const report = buildJsonReport(result, data, file, options.version);

  human.write(
    `\n${pc.bold(text("fileHeading", { file: basename(file), year: report.year, asOf: report.asOf }))}\n`
  );
  human.write(`${renderBranchTable(data.branches, report.totals, data.complianceRate, text)}\n`);
  for (const e of result.errors)
    human.write(`${pc.red(text("ruleFailed", { rule: e.ruleId, message: e.message }))}\n`);
  for (const p of result.optionProblems)
    human.write(`${pc.yellow(text("optionIgnored", { ...p }))}\n`);

  if (workbook && summary) {
    const out = checkedCopyPath(file, options.out, several);
    if (samePath(out, file)) throw new CliError(text("outIsInput", { file }));
    const [{ applyCheck }, { saveWorkbook }] = await Promise.all([
      import("../../xlsx/write"),
      import("../saveWorkbook"),
    ]);
    const applied = applyCheck(workbook, result.highlights, summary);
    await saveWorkbook(workbook, out, options.locale);
    human.write(
      `${text("written", { out })}\n${pc.dim(text("summarySheet", { sheet: applied.summarySheet }))}\n`
    );
  }
  return report;
}
