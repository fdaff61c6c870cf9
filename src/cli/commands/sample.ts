import { existsSync } from "node:fs";
import type { Locale } from "../../engine/i18n/locale";
import { buildTemplateModel } from "../../engine/template";
import { generateSample } from "../../sample";
import { writeTemplateWorkbook } from "../../xlsx/template";
import { CliError, EXIT } from "../cliError";
import { cliText } from "../cliText";
import { requireOrdinaryTarget } from "../files/fileKinds";
import { saveWorkbook } from "../saveWorkbook";

/** `party-ledger sample`: the demonstration workbook with its documented deliberate problems. */
export async function runSample(
  out: string,
  options: { force: boolean; locale: Locale },
  print: (line: string) => void
): Promise<number> {
  const text = cliText(options.locale);
  requireOrdinaryTarget(out, "file", text);
  if (existsSync(out) && !options.force) throw new CliError(text("exists", { file: out }));
  const sample = generateSample();
  const model = buildTemplateModel({
    year: sample.year,
    unitName: String(sample.unitInfo.unitName ?? ""),
    locale: options.locale,
  });
  const workbook = writeTemplateWorkbook(model, { unitInfo: sample.unitInfo, rows: sample.rows });
  await saveWorkbook(workbook, out, options.locale);
  print(
    text("sampleWritten", {
      file: out,
      year: sample.year,
      branches: sample.rows.branches.length,
      members: sample.rows.members.length,
      problems: sample.problems.length,
    })
  );
  return EXIT.ok;
}
