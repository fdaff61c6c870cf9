import { existsSync } from "node:fs";
import { standardTemplateWorkbook } from "../../xlsx/template";
import { CliError, EXIT } from "../cliError";
import { cliText } from "../cliText";
import { requireOrdinaryTarget } from "../files/fileKinds";
import { saveWorkbook } from "../saveWorkbook";
import type { Locale } from "../../engine";

/** `party-ledger template`: the standard workbook departments receive, empty. */
export async function runTemplate(
  out: string,
  options: { year?: number; unit?: string; force: boolean; locale: Locale },
  print: (line: string) => void
): Promise<number> {
  const text = cliText(options.locale);
  requireOrdinaryTarget(out, "file", text);
  if (existsSync(out) && !options.force) throw new CliError(text("exists", { file: out }));
  const workbook = standardTemplateWorkbook({
    ...(options.year !== undefined ? { year: options.year } : {}),
    ...(options.unit !== undefined ? { unitName: options.unit } : {}),
    locale: options.locale,
  });
  await saveWorkbook(workbook, out, options.locale);
  print(text("templateWritten", { file: out }));
  return EXIT.ok;
}
