#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import pc from "picocolors";
import { XlsxReadError } from "../xlsx/read/readError";
import { CliError, EXIT } from "./cliError";
import { CLI_TEXT } from "./cliText";
import { terminalText } from "./output/terminalText";
import { runCheck } from "./commands/check";
import { parseAsOf, parseDuesForm, parseLocale, parseYear } from "./globalOptions";
import { productVersion } from "./version";

const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

/**
 * The `party-ledger` program; exported for tests that drive it in-process. Commands other than
 * check are loaded when run: they need ExcelJS, whose loading `check --report-only` avoids.
 */
export function buildProgram(setExitCode: (code: number) => void): Command {
  const version = productVersion();
  const program = new Command("party-ledger")
    .description(`${CLI_TEXT.description["zh-CN"]}\n${CLI_TEXT.description["en-US"]}`)
    .version(version, "-v, --version")
    .showHelpAfterError()
    .exitOverride();

  program
    .command("check")
    .description("检查台账并写出带标记的副本 · check ledgers and write a marked copy")
    .argument("<files...>", ".xlsx 文件 · .xlsx files")
    .option("--out <path>", "输出文件或文件夹 · output file or folder")
    .option(
      "--json <file>",
      "写出 JSON 报告（- 表示标准输出）· write the JSON report (- for stdout)"
    )
    .option("--as-of <date>", "检查基准日 YYYY-MM-DD（默认今天）· as-of date (default today)")
    .option("--year <year>", "检查年度（默认取单位信息）· reporting year (default: 单位信息)")
    .option("--lang <locale>", "zh-CN 或 en-US · zh-CN or en-US", "zh-CN")
    .option(
      "--report-only",
      "只出报告，不写工作簿（流式读取）· report only, write no workbook (streams)"
    )
    .action(async (files: string[], opts: Record<string, string | boolean | undefined>) => {
      const locale = parseLocale(opts.lang as string | undefined);
      const asOf = parseAsOf(opts.asOf as string | undefined, locale);
      const year = parseYear(opts.year as string | undefined, locale);
      setExitCode(
        await runCheck(files, {
          ...(typeof opts.out === "string" ? { out: opts.out } : {}),
          ...(typeof opts.json === "string" ? { json: opts.json } : {}),
          ...(asOf !== undefined ? { asOf } : {}),
          ...(year !== undefined ? { year } : {}),
          locale,
          reportOnly: opts.reportOnly === true,
          version,
        })
      );
    });

  program
    .command("clear")
    .description("清除检查标记、批注和汇总表 · remove our marks, notes and summary")
    .argument("<file>", ".xlsx 文件 · .xlsx file")
    .option("--out <file>", "另存为（默认覆盖原文件）· write elsewhere (default: in place)")
    .option("--lang <locale>", "zh-CN 或 en-US · zh-CN or en-US", "zh-CN")
    .action(async (file: string, opts: { out?: string; lang?: string }) => {
      const locale = parseLocale(opts.lang);
      const { runClear } = await import("./commands/clear");
      setExitCode(await runClear(file, { ...(opts.out ? { out: opts.out } : {}), locale }, print));
    });

  program
    .command("template")
    .description("生成标准台账模板 · write the standard template")
    .argument("<out>", "输出的 .xlsx 文件 · output .xlsx file")
    .option("--year <year>", "年度 · year")
    .option("--unit <name>", "单位名称 · unit name")
    .option("--force", "覆盖已有文件 · overwrite an existing file")
    .option("--lang <locale>", "zh-CN 或 en-US · zh-CN or en-US", "zh-CN")
    .action(
      async (
        out: string,
        opts: { year?: string; unit?: string; force?: boolean; lang?: string }
      ) => {
        const locale = parseLocale(opts.lang);
        const year = parseYear(opts.year, locale);
        const { runTemplate } = await import("./commands/template");
        setExitCode(
          await runTemplate(
            out,
            {
              ...(year !== undefined ? { year } : {}),
              ...(opts.unit !== undefined ? { unit: opts.unit } : {}),
              force: opts.force === true,
              locale,
            },
            print
          )
        );
      }
    );

  program
    .command("sample")
    .description("生成示例工作簿（含故意设置的问题）· write the demonstration workbook")
    .argument("<out>", "输出的 .xlsx 文件 · output .xlsx file")
    .option("--force", "覆盖已有文件 · overwrite an existing file")
    .option(
      "--dues-form <form>",
      "党费台账的格式：rows（逐笔登记，默认）或 register（每月一列的登记表）· dues as rows (default) or a month-column register",
      "rows"
    )
    .option("--lang <locale>", "zh-CN 或 en-US · zh-CN or en-US", "zh-CN")
    .action(async (out: string, opts: { force?: boolean; lang?: string; duesForm?: string }) => {
      const locale = parseLocale(opts.lang);
      const duesForm = parseDuesForm(opts.duesForm, locale);
      const { runSample } = await import("./commands/sample");
      setExitCode(await runSample(out, { force: opts.force === true, locale, duesForm }, print));
    });

  program
    .command("rollup")
    .description("汇总各单位上报的汇总表 · consolidate departments' summaries")
    .argument("<files...>", "已检查的 .xlsx 文件 · checked .xlsx files")
    .requiredOption("--out <file>", "汇总工作簿 · roll-up workbook")
    .option("--lang <locale>", "zh-CN 或 en-US · zh-CN or en-US", "zh-CN")
    .action(async (files: string[], opts: { out: string; lang?: string }) => {
      const locale = parseLocale(opts.lang);
      const { runRollup } = await import("./commands/rollup");
      setExitCode(await runRollup(files, { out: opts.out, locale, version }, print));
    });

  return program;
}

/** Runs the command line; never lets a stack trace reach the user. */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; a usage error has been printed by commander already.
      return error.exitCode === 0 ? EXIT.ok : EXIT.unusable;
    }
    if (error instanceof XlsxReadError) {
      process.stderr.write(`${pc.red(terminalText(error.message))}\n`);
      return EXIT.unusable;
    }
    if (error instanceof CliError) {
      process.stderr.write(`${pc.red(terminalText(error.message))}\n`);
      return error.exitCode;
    }
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${pc.red(terminalText(`出错了：${reason}`))}\n`);
    return EXIT.unusable;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
