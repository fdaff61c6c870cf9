#!/usr/bin/env node
import { type Command, CommanderError } from "commander";
import pc from "picocolors";
import { XlsxReadError } from "../xlsx/read/readError";
import { CliError, EXIT } from "./cliError";
import { CLI_TEXT } from "./cliText";
import { COMMANDER_WORDS, LocalizedCommand, localeOfArgs } from "./commanderText";
import { terminalText } from "./output/terminalText";
import { runCheck } from "./commands/check";
import { parseAsOf, parseDuesForm, parseLocale, parseYear } from "./globalOptions";
import { productVersion } from "./version";
import { type Locale } from "../engine";

const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

/**
 * The `party-ledger` program; exported for tests that drive it in-process. Commands other than
 * check are loaded when run: they need ExcelJS, whose loading `check --report-only` avoids. Its
 * help, and commander's own messages, are in the run's language (`--lang`, zh-CN by default).
 */
export function buildProgram(
  setExitCode: (code: number) => void,
  locale: Locale = "zh-CN"
): Command {
  const version = productVersion();
  const t = (zh: string, en: string): string => (locale === "zh-CN" ? zh : en);
  const lang = t(
    "zh-CN（中文，默认）或 en-US（英文）",
    "zh-CN (Chinese, the default) or en-US (English)"
  );
  const program = new LocalizedCommand("party-ledger", locale)
    .description(CLI_TEXT.description[locale])
    .version(version, "-v, --version", COMMANDER_WORDS.version[locale])
    .helpOption("-h, --help", COMMANDER_WORDS.help[locale])
    .helpCommand("help [command]", COMMANDER_WORDS.helpCommand[locale])
    .showHelpAfterError()
    .exitOverride();

  program
    .command("check")
    .description(t("检查台账并写出带标记的副本", "check ledgers and write a marked copy"))
    .argument("<files...>", t("要检查的 .xlsx 文件", ".xlsx files to check"))
    .option("--out <path>", t("输出文件或文件夹", "output file or folder"))
    .option(
      "--json <file>",
      t("写出 JSON 报告（- 表示标准输出）", "write the JSON report (- for stdout)")
    )
    .option(
      "--as-of <date>",
      t("检查基准日 YYYY-MM-DD（默认今天）", "as-of date YYYY-MM-DD (default today)")
    )
    .option("--year <year>", t("检查年度（默认取单位信息）", "reporting year (default: 单位信息)"))
    .option("--lang <locale>", lang)
    .option(
      "--report-only",
      t("只出报告，不写工作簿（流式读取）", "report only, write no workbook (streams)")
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
    .description(t("清除检查标记、批注和汇总表", "remove our marks, notes and summary"))
    .argument("<file>", t(".xlsx 文件", ".xlsx file"))
    .option("--out <file>", t("另存为（默认覆盖原文件）", "write elsewhere (default: in place)"))
    .option("--lang <locale>", lang)
    .action(async (file: string, opts: { out?: string; lang?: string }) => {
      const locale = parseLocale(opts.lang);
      const { runClear } = await import("./commands/clear");
      setExitCode(await runClear(file, { ...(opts.out ? { out: opts.out } : {}), locale }, print));
    });

  program
    .command("template")
    .description(t("生成标准台账模板", "write the standard template"))
    .argument("<out>", t("输出的 .xlsx 文件", "output .xlsx file"))
    .option("--year <year>", t("年度", "year"))
    .option("--unit <name>", t("单位名称", "unit name"))
    .option("--force", t("覆盖已有文件", "overwrite an existing file"))
    .option("--lang <locale>", lang)
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
    .description(t("生成示例工作簿（含故意设置的问题）", "write the demonstration workbook"))
    .argument("<out>", t("输出的 .xlsx 文件", "output .xlsx file"))
    .option("--force", t("覆盖已有文件", "overwrite an existing file"))
    .option(
      "--dues-form <form>",
      t(
        "党费台账的格式：rows（逐笔登记，默认）或 register（每月一列的登记表）",
        "dues as rows (the default) or a month-column register"
      )
    )
    .option("--lang <locale>", lang)
    .action(async (out: string, opts: { force?: boolean; lang?: string; duesForm?: string }) => {
      const locale = parseLocale(opts.lang);
      const duesForm = parseDuesForm(opts.duesForm, locale);
      const { runSample } = await import("./commands/sample");
      setExitCode(await runSample(out, { force: opts.force === true, locale, duesForm }, print));
    });

  program
    .command("rollup")
    .description(t("汇总各单位上报的汇总表", "consolidate departments' summaries"))
    .argument("<files...>", t("已检查的 .xlsx 文件", "checked .xlsx files"))
    .requiredOption("--out <file>", t("汇总工作簿", "roll-up workbook"))
    .option("--lang <locale>", lang)
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
  }, localeOfArgs(argv));
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
