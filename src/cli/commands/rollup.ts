import { basename } from "node:path";
import ExcelJS from "exceljs";
import pc from "picocolors";
import { streamXlsxSheets } from "../../xlsx/read/streamSheets";
import { summaryDataOfSheets } from "../../xlsx/summaryData";
import { writeSheetModel } from "../../xlsx/write";
import { CliError, EXIT } from "../cliError";
import { cliText } from "../cliText";
import { describeFailure } from "../describeFailure";
import { requireOrdinaryTarget, requireRegularInput } from "../files/fileKinds";
import { refuseClashes } from "../files/runPaths";
import { terminalText } from "../output/terminalText";
import { displayWidth, padEnd, padStart } from "../output/textWidth";
import { saveWorkbook } from "../saveWorkbook";
import {
  type Locale,
  buildRollup,
  rankEntries,
  type RollupEntry,
  type SkippedFile,
  rollupWarnings,
  chinaTimestamp,
} from "../../engine";

interface RollupOptions {
  out: string;
  locale: Locale;
  version: string;
}

/** One file's summary, as found and checked against the schema; or why it is left out. */
async function readEntry(
  file: string,
  locale: Locale
): Promise<{ entry: RollupEntry } | { skipped: SkippedFile }> {
  const text = cliText(locale);
  const name = basename(file);
  try {
    const { result } = summaryDataOfSheets(await streamXlsxSheets(file));
    if (result.ok) return { entry: { file: name, data: result.data } };
    const reason =
      result.reason === "absent"
        ? text("noSummary")
        : text("summaryDataInvalid", { detail: result.detail });
    return { skipped: { file: name, reason } };
  } catch (error) {
    return { skipped: { file: name, reason: describeFailure(error, name, locale) } };
  }
}

/**
 * Whether the department's own sheet can be laid out. The schema already refuses what cannot;
 * this keeps any other failure to the one file, named, instead of ending the roll-up.
 */
function layoutProblem(entry: RollupEntry, options: RollupOptions): string | null {
  try {
    const models = buildRollup({
      entries: [entry],
      skipped: [],
      createdAt: "",
      version: options.version,
      locale: options.locale,
    });
    const scratch = new ExcelJS.Workbook();
    for (const model of models) writeSheetModel(scratch.addWorksheet(model.name), model);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * `party-ledger rollup`: consolidates the summaries of checked (or exported) department workbooks.
 * Files without our summary, or whose summary data breaks the schema, are reported and skipped,
 * each on its own, never silently dropped.
 */
export async function runRollup(
  files: readonly string[],
  options: RollupOptions,
  print: (line: string) => void
): Promise<number> {
  const text = cliText(options.locale);
  for (const file of files) requireRegularInput(file, text);
  requireOrdinaryTarget(options.out, "file", text);
  refuseClashes(
    [
      ...files.map((path) => ({ path, role: "input" as const })),
      { path: options.out, role: "output" },
    ],
    (first, second) => text("outputOnInput", { output: second.path, input: first.path })
  );
  const entries: RollupEntry[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of files) {
    const read = await readEntry(file, options.locale);
    if ("skipped" in read) {
      skipped.push(read.skipped);
      continue;
    }
    const problem = layoutProblem(read.entry, options);
    if (problem === null) entries.push(read.entry);
    else
      skipped.push({
        file: read.entry.file,
        reason: text("summaryDataInvalid", { detail: problem }),
      });
  }
  for (const s of skipped)
    process.stderr.write(
      `${pc.yellow(text("rollupSkipped", { file: s.file, reason: s.reason }))}\n`
    );
  if (entries.length === 0) throw new CliError(text("rollupNothing"));
  // A department counted twice, or years that do not add up: said before the totals are trusted
  // (and on the roll-up's first sheet).
  for (const warning of rollupWarnings(entries, options.locale)) {
    process.stderr.write(`${pc.yellow(text("rollupWarning", { warning }))}\n`);
  }

  const workbook = new ExcelJS.Workbook();
  for (const model of buildRollup({
    entries,
    skipped,
    createdAt: chinaTimestamp(),
    version: options.version,
    locale: options.locale,
  })) {
    writeSheetModel(workbook.addWorksheet(model.name), model);
  }
  await saveWorkbook(workbook, options.out, options.locale);

  const ranked = rankEntries(entries);
  const names = ranked.map((e) => terminalText(e.data.unitName ?? e.file));
  const width = Math.max(...names.map(displayWidth));
  ranked.forEach((e, i) => {
    const rate =
      e.data.complianceRate === null ? "—" : `${(e.data.complianceRate * 100).toFixed(1)}%`;
    print(
      `${padStart(String(i + 1), 3)}  ${padEnd(names[i] ?? "", width)}  ${padStart(String(e.data.totals.error), 4)} ${text("error")}  ${padStart(rate, 6)}`
    );
  });
  print(pc.green(text("rollupWritten", { file: options.out, count: entries.length })));
  return EXIT.ok;
}
