import { basename } from "node:path";
import type { Locale } from "../../engine/i18n/locale";
import { readXlsxFile } from "../../xlsx/read";
import { clearCheck } from "../../xlsx/write";
import { readWorkbookKind } from "../../xlsx/read/workbookKind";
import { CliError, EXIT } from "../cliError";
import { cliText } from "../cliText";
import { requireOrdinaryTarget, requireRegularInput } from "../files/fileKinds";
import { saveWorkbook } from "../saveWorkbook";

/** `party-ledger clear`: removes our marks, notes and summary; writes in place unless --out is given. */
export async function runClear(
  file: string,
  options: { out?: string; locale: Locale },
  print: (line: string) => void
): Promise<number> {
  const text = cliText(options.locale);
  requireRegularInput(file, text);
  if (options.out !== undefined) requireOrdinaryTarget(options.out, "file", text);
  const kind = await readWorkbookKind(file);
  if (kind !== "workbook") throw new CliError(text("clearKeepsKind", { file: basename(file) }));
  const { workbook } = await readXlsxFile(file);
  const report = clearCheck(workbook);
  const target = options.out ?? file;
  if (report.marks === 0 && report.notes === 0 && !report.summaryRemoved && target === file) {
    print(text("nothingToClear", { file: basename(file) }));
    return EXIT.ok;
  }
  await saveWorkbook(workbook, target, options.locale);
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
