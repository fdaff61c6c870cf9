import { existsSync } from "node:fs";
import { buildTemplateModel } from "../../engine/template";
import { duesRegister, generateSample, type SampleDuesForm } from "../../sample";
import { writeTemplateWorkbook } from "../../xlsx/template";
import { CliError, EXIT } from "../cliError";
import { cliText } from "../cliText";
import { requireOrdinaryTarget } from "../files/fileKinds";
import { saveWorkbook } from "../saveWorkbook";
import type { Locale } from "../../engine";

/**
 * `party-ledger sample`: the demonstration workbook with its documented deliberate problems; with
 * `--dues-form register`, its dues kept as the month-column register instead of one row per payment.
 */
export async function runSample(
  out: string,
  options: { force: boolean; locale: Locale; duesForm?: SampleDuesForm },
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
  // With --dues-form register, the same payments kept as the month-column 党员党费交纳登记表.
  const instead = options.duesForm === "register" ? { dues: duesRegister(sample) } : undefined;
  const workbook = writeTemplateWorkbook(model, {
    unitInfo: sample.unitInfo,
    rows: sample.rows,
    ...(instead ? { instead } : {}),
  });
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
