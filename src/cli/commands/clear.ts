import { readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { nodeCodec } from "../../xlsx/package/nodeCodec";
import { clearPackage } from "../../xlsx/package/packageCheck";
import { readProblem } from "../../xlsx/read/readMessages";
import { sniffWorkbookFile } from "../../xlsx/read/sniff";
import { EXIT } from "../cliError";
import { cliText } from "../cliText";
import { writeAtomically } from "../files/atomicWrite";
import { requireOrdinaryTarget, requireRegularInput } from "../files/fileKinds";
import type { Locale } from "../../engine";

/**
 * `party-ledger clear`: removes our marks, notes and summary by patching the package — every other
 * part is kept byte for byte, so an .xlsm keeps its macros and a template stays a template. Writes
 * in place unless --out is given.
 */
export async function runClear(
  file: string,
  options: { out?: string; locale: Locale },
  print: (line: string) => void
): Promise<number> {
  const text = cliText(options.locale);
  requireRegularInput(file, text);
  if (options.out !== undefined) requireOrdinaryTarget(options.out, "file", text);
  await sniffWorkbookFile(file);
  const input = await readFile(file);
  const { bytes, report } = await clearPackage(input, nodeCodec).catch((error: unknown) => {
    throw readProblem("corrupt", file, {}, error);
  });
  const target = options.out ?? file;
  if (!bytes && target === file) {
    print(text("nothingToClear", { file: basename(file) }));
    return EXIT.ok;
  }
  await writeAtomically(target, options.locale, (temp) => writeFile(temp, bytes ?? input));
  print(
    text("cleared", {
      marks: report.marks,
      notes: report.notes,
      summary: report.summaryRemoved ? text("clearedSummary") : "",
      file: target,
    })
  );
  return EXIT.ok;
}
