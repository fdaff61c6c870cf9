import { basename } from "node:path";
import { readFile, writeFile } from "node:fs/promises";
import pc from "picocolors";
import { readProblem } from "../../xlsx/read/readMessages";
import { streamXlsxBook } from "../../xlsx/read/streamSheets";
import { KIND_EXTENSION } from "../../xlsx/read/workbookKind";
import { readWorkbookKind } from "../../xlsx/read/workbookKindFile";
import { CliError, EXIT } from "../cliError";
import { cliText } from "../cliText";
import { describeFailure } from "../describeFailure";
import { writeAtomically } from "../files/atomicWrite";
import { requireOrdinaryTarget, requireRegularInput } from "../files/fileKinds";
import { refuseClashes, type RunPath } from "../files/runPaths";
import { renderBranchTable } from "../output/branchTable";
import { checkBook, hasAnyLedger } from "../../xlsx/check/checkBook";
import { createProgress, type Progress } from "../output/progress";
import { terminalJson } from "../output/terminalText";
import { checkedCopyPaths, isDirectoryTarget } from "../outputPaths";
import {
  summarize,
  summaryData,
  type Locale,
  buildJsonReport,
  type JsonReport,
  chinaTimestamp,
  describeSettingChanges,
  toCheckOptions,
} from "../../engine";

export interface CheckCommandOptions {
  out?: string;
  json?: string;
  asOf?: string;
  year?: number;
  locale: Locale;
  reportOnly: boolean;
  version: string;
}

/** What one file gave: its report, or the reason it could not be checked. */
type FileOutcome = { file: string; report: JsonReport } | { file: string; failure: string };

/**
 * Every path the run writes, checked before anything is read: each output is an ordinary file
 * (or folder) and none lands on an input or on another output. Gives each input's checked copy.
 */
async function planOutputs(
  files: readonly string[],
  options: CheckCommandOptions
): Promise<(string | null)[]> {
  const text = cliText(options.locale);
  for (const file of files) requireRegularInput(file, text);
  // A copy is the same kind of file as its input: an .xlsm keeps its macros and its extension.
  const extensions = new Map<string, string>();
  if (!options.reportOnly) {
    for (const file of files) {
      const kind = await readWorkbookKind(file).catch(() => "workbook" as const);
      extensions.set(file, KIND_EXTENSION[kind]);
    }
  }
  const copies = options.reportOnly
    ? []
    : checkedCopyPaths(files, options.out, (file) => extensions.get(file) ?? ".xlsx");
  if (!options.reportOnly && options.out !== undefined && isDirectoryTarget(options.out)) {
    requireOrdinaryTarget(options.out, "folder", text);
  }
  const outputs = [...copies];
  if (options.json !== undefined && options.json !== "-") outputs.push(options.json);
  for (const output of outputs) requireOrdinaryTarget(output, "file", text);
  const paths: RunPath[] = [
    ...files.map((path) => ({ path, role: "input" as const })),
    ...outputs.map((path) => ({ path, role: "output" as const })),
  ];
  refuseClashes(paths, (first, second) =>
    first.role === "input"
      ? text("outputOnInput", { output: second.path, input: first.path })
      : text("outputOnOutput", { first: first.path, second: second.path })
  );
  return files.map((_file, i) => copies[i] ?? null);
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
  const copies = await planOutputs(files, options);
  const count = (n: number): string => n.toLocaleString("en-US");
  const progress = createProgress(process.stderr, {
    file: (index, total, name) => text("progress", { index, count: total, file: name }),
    reading: (sheet, rows) => text("readingRows", { sheet, rows: count(rows) }),
    checking: (rows) => text("checkingRows", { rows: count(rows) }),
    writing: () => text("writingCopy"),
  });

  const outcomes: FileOutcome[] = [];
  for (const [i, file] of files.entries()) {
    if (several) progress.file(i + 1, files.length, basename(file));
    try {
      outcomes.push({
        file,
        report: await checkOne(file, copies[i] ?? null, options, human, progress),
      });
    } catch (error) {
      progress.clear();
      const failure = describeFailure(error, file, options.locale);
      outcomes.push({ file, failure });
      process.stderr.write(`${pc.red(failure)}\n`);
    }
  }
  progress.clear();

  const reports = outcomes.flatMap((o) => ("report" in o ? [o.report] : []));
  if (several) human.write(`\n${totalLine(reports, outcomes.length - reports.length, text)}\n`);
  if (options.json !== undefined) {
    const json = `${terminalJson(several ? reports : (reports[0] ?? null))}\n`;
    if (options.json === "-") process.stdout.write(json);
    else {
      const target = options.json;
      await writeAtomically(target, options.locale, (temp) => writeFile(temp, json, "utf8"));
      human.write(`${text("jsonWritten", { out: target })}\n`);
    }
  }
  if (outcomes.some((o) => "failure" in o)) return EXIT.unusable;
  return reports.some((r) => r.totals.error > 0) ? EXIT.errorsFound : EXIT.ok;
}

/** What several files found together, and how many could not be checked. */
function totalLine(
  reports: readonly JsonReport[],
  failed: number,
  text: ReturnType<typeof cliText>
): string {
  const sum = (severity: keyof JsonReport["totals"]): number =>
    reports.reduce((n, r) => n + r.totals[severity], 0);
  const line =
    text("totalAcross", {
      files: reports.length,
      error: sum("error"),
      warning: sum("warning"),
      reminder: sum("reminder"),
      unreadable: sum("unreadable"),
    }) + (failed > 0 ? text("totalFailed", { failed }) : "");
  const colour =
    failed > 0 || sum("error") > 0 ? pc.red : sum("warning") > 0 ? pc.yellow : pc.green;
  return pc.bold(colour(line));
}

async function checkOne(
  file: string,
  out: string | null,
  options: CheckCommandOptions,
  human: NodeJS.WriteStream,
  progress: Progress
): Promise<JsonReport> {
  const text = cliText(options.locale);
  const book = await streamXlsxBook(file, ({ sheet, rows }) => progress.reading(sheet, rows));
  const { sheets, stored } = book;
  progress.checking(sheets.reduce((rows, sheet) => rows + sheet.values.length, 0));
  // What the add-in saved in the workbook (设置, 已说明) applies here too, so the command line and
  // the pane give the same result; the command line's own options come first.
  const result = checkBook(book, {
    ...toCheckOptions(stored.settings, options.locale, stored.acknowledgements),
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    ...(options.year !== undefined ? { year: options.year } : {}),
  });
  if (!hasAnyLedger(result)) throw new CliError(text("noLedger", { file: basename(file) }));
  const request = { checkedAt: chinaTimestamp(), version: options.version };
  // Without a copy to write, only the summary's figures are needed, not the sheet's layout.
  const summary = out !== null ? summarize(result, request) : undefined;
  const data = summary ? summary.data : summaryData(result, request);
  const report = buildJsonReport(result, data, file, options.version);

  progress.clear();
  human.write(
    `\n${pc.bold(text("fileHeading", { file: basename(file), year: report.year, asOf: report.asOf }))}\n`
  );
  human.write(`${renderBranchTable(data.branches, report.totals, data.complianceRate, text)}\n`);
  for (const e of result.errors)
    human.write(`${pc.red(text("ruleFailed", { rule: e.ruleId, message: e.message }))}\n`);
  for (const p of result.optionProblems)
    human.write(`${pc.yellow(text("optionIgnored", { ...p }))}\n`);
  if (Object.keys(stored.settings).length > 0)
    human.write(`${pc.dim(text("storedSettingsUsed"))}\n`);
  for (const line of describeSettingChanges(result.settingChanges, options.locale))
    human.write(`${pc.yellow(line)}\n`);
  if (result.acknowledged > 0)
    human.write(`${pc.dim(text("acknowledgedCount", { count: result.acknowledged }))}\n`);

  if (summary && out !== null) {
    progress.writing();
    // Loaded only here: --report-only never needs the writer.
    const [{ checkPackage }, { gridColumns }, { nodeCodec }] = await Promise.all([
      import("../../xlsx/package/packageCheck"),
      import("../../xlsx/package/gridColumns"),
      import("../../xlsx/package/nodeCodec"),
    ]);
    const input = await readFile(file);
    const { bytes, report: applied } = await checkPackage(
      input,
      { plan: result.highlights, summary, ...gridColumns(sheets) },
      nodeCodec
    ).catch((error: unknown) => {
      throw readProblem("corrupt", file, {}, error);
    });
    await writeAtomically(out, options.locale, (temp) => writeFile(temp, bytes));
    progress.clear();
    human.write(
      `${text("written", { input: file, out })}\n${pc.dim(text("summarySheet", { sheet: applied.summarySheet }))}\n`
    );
  }
  return report;
}
