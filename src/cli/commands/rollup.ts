import { basename } from "node:path";
import pc from "picocolors";
import { streamXlsxSheets } from "../../xlsx/read/streamSheets";
import {
  rollupEntryOf,
  type RollupReading,
  type RollupReasons,
} from "../../xlsx/rollup/rollupEntry";
import { buildRollupWorkbook } from "../../xlsx/rollup/rollupWorkbook";
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
  rankEntries,
  rollupWarnings,
  chinaTimestamp,
  settingsSummary,
} from "../../engine";

interface RollupOptions {
  out: string;
  locale: Locale;
  version: string;
}

function rollupReasons(locale: Locale): RollupReasons {
  const text = cliText(locale);
  return {
    noSummary: text("noSummary"),
    invalid: (detail) => text("summaryDataInvalid", { detail }),
  };
}

/** One file's summary, as found and checked against the schema; or why it is left out. */
async function readEntry(file: string, locale: Locale): Promise<RollupReading> {
  const name = basename(file);
  try {
    return rollupEntryOf(name, await streamXlsxSheets(file), rollupReasons(locale));
  } catch (error) {
    return { skipped: { file: name, reason: describeFailure(error, name, locale) } };
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
  const readings: RollupReading[] = [];
  for (const file of files) readings.push(await readEntry(file, options.locale));
  const { workbook, entries, skipped } = buildRollupWorkbook(
    readings,
    rollupReasons(options.locale),
    { createdAt: chinaTimestamp(), version: options.version, locale: options.locale }
  );
  for (const s of skipped)
    process.stderr.write(
      `${pc.yellow(text("rollupSkipped", { file: s.file, reason: s.reason }))}\n`
    );
  if (!workbook) throw new CliError(text("rollupNothing"));
  // A department counted twice, or years that do not add up: said before the totals are trusted
  // (and on the roll-up's first sheet).
  for (const warning of rollupWarnings(entries, options.locale)) {
    process.stderr.write(`${pc.yellow(text("rollupWarning", { warning }))}\n`);
  }
  await saveWorkbook(workbook, options.out, options.locale);

  const ranked = rankEntries(entries);
  const names = ranked.map((e) => terminalText(e.data.unitName ?? e.file));
  const width = Math.max(...names.map(displayWidth));
  ranked.forEach((e, i) => {
    const rate =
      e.data.complianceRate === null ? "—" : `${(e.data.complianceRate * 100).toFixed(1)}%`;
    // A rate resting on rules switched off or changed is never printed without saying so.
    const settings = settingsSummary(e.data, options.locale);
    print(
      `${padStart(String(i + 1), 3)}  ${padEnd(names[i] ?? "", width)}  ${padStart(String(e.data.totals.error), 4)} ${text("error")}  ${padStart(rate, 6)}${settings.changed ? `  ${pc.yellow(settings.text)}` : ""}`
    );
  });
  print(pc.green(text("rollupWritten", { file: options.out, count: entries.length })));
  return EXIT.ok;
}
