import { basename } from "node:path";
import ExcelJS from "exceljs";
import pc from "picocolors";
import type { Locale } from "../../engine/i18n/locale";
import {
  buildRollup,
  rankEntries,
  type RollupEntry,
  type SkippedFile,
} from "../../engine/rollup/buildRollup";
import { readXlsxFile } from "../../xlsx/read";
import { readSummaryData } from "../../xlsx/summaryData";
import { writeSheetModel } from "../../xlsx/write";
import { CliError, EXIT } from "../cliError";
import { cliText } from "../cliText";
import { describeFailure } from "../describeFailure";
import { localTimestamp } from "../../engine/calendar/timestamp";
import { displayWidth, padEnd, padStart } from "../output/textWidth";
import { requireOrdinaryTarget, requireRegularInput } from "../files/fileKinds";
import { refuseClashes } from "../files/runPaths";
import { saveWorkbook } from "../saveWorkbook";

/**
 * `party-ledger rollup`: consolidates the summaries of checked (or exported) department workbooks.
 * Files without our summary are reported and skipped, never silently dropped.
 */
export async function runRollup(
  files: readonly string[],
  options: { out: string; locale: Locale; version: string },
  print: (line: string) => void
): Promise<number> {
  const text = cliText(options.locale);
  const entries: RollupEntry[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of files) requireRegularInput(file, text);
  requireOrdinaryTarget(options.out, "file", text);
  refuseClashes(
    [
      ...files.map((path) => ({ path, role: "input" as const })),
      { path: options.out, role: "output" },
    ],
    (first, second) => text("outputOnInput", { output: second.path, input: first.path })
  );
  for (const file of files) {
    try {
      const { workbook } = await readXlsxFile(file);
      const { result } = readSummaryData(workbook);
      if (result.ok) entries.push({ file: basename(file), data: result.data });
      else {
        skipped.push({
          file: basename(file),
          reason: text(result.reason === "absent" ? "noSummary" : "summaryDataUnreadable"),
        });
      }
    } catch (error) {
      skipped.push({
        file: basename(file),
        reason: describeFailure(error, basename(file), options.locale),
      });
    }
  }
  for (const s of skipped)
    process.stderr.write(
      `${pc.yellow(text("rollupSkipped", { file: s.file, reason: s.reason }))}\n`
    );
  if (entries.length === 0) throw new CliError(text("rollupNothing"));

  const workbook = new ExcelJS.Workbook();
  for (const model of buildRollup({
    entries,
    skipped,
    createdAt: localTimestamp(),
    version: options.version,
    locale: options.locale,
  })) {
    writeSheetModel(workbook.addWorksheet(model.name), model);
  }
  await saveWorkbook(workbook, options.out, options.locale);

  const ranked = rankEntries(entries);
  const names = ranked.map((e) => e.data.unitName ?? e.file);
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
