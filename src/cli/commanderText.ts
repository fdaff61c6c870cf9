import { Command, Help, type ErrorOptions, type Option } from "commander";
import { displayWidth } from "./output/textWidth";
import { isLocale, type Locale } from "../engine";

/**
 * Commander's own words — its errors, help headings, the help and version options — in the
 * language of the run. Commander writes them in English; an officer who mistypes an option must
 * be told in Chinese what is wrong, and `--lang en-US` keeps them English.
 *
 * The locale is read from the arguments before commander parses them (`localeOfArgs`): commander
 * reports a usage error while parsing, before any option's value reaches the program.
 */

/** `--lang en-US` or `--lang=en-US` anywhere in the arguments; zh-CN otherwise. */
export function localeOfArgs(args: readonly string[]): Locale {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const value = arg === "--lang" ? args[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : null;
    if (value !== null && value !== undefined && isLocale(value)) return value;
  }
  return "zh-CN";
}

const TITLES: Readonly<Record<string, string>> = {
  "Usage:": "用法：",
  "Options:": "选项：",
  "Commands:": "命令：",
  "Arguments:": "参数：",
  "Global Options:": "全局选项：",
};

/** Help whose columns line up under Chinese text: a CJK character takes two columns. */
class WideHelp extends Help {
  override displayWidth(str: string): number {
    return displayWidth(stripAnsi(str));
  }
}

// eslint-disable-next-line no-control-regex -- ANSI colour sequences are control characters.
const stripAnsi = (str: string): string => str.replace(/\u001b\[[0-9;]*m/g, "");

/** Commander's help in Chinese: headings, "[options]", and the default values' notes. */
class ChineseHelp extends WideHelp {
  override styleTitle(str: string): string {
    return TITLES[str] ?? str;
  }

  override commandUsage(cmd: Command): string {
    return super.commandUsage(cmd).replace("[options]", "[选项]").replace("[command]", "[命令]");
  }

  override subcommandTerm(cmd: Command): string {
    return super.subcommandTerm(cmd).replace("[options]", "[选项]").replace("[command]", "[命令]");
  }

  override optionDescription(option: Option): string {
    const described = option.description;
    const shown =
      option.defaultValue !== undefined && (option.required || option.optional)
        ? `（默认：${String(option.defaultValue)}）`
        : "";
    return `${described}${shown}`;
  }
}

type Translate = (message: string, command: Command) => string;

/** The argument's own description, to name it the way the help does. */
function argumentLabel(command: Command, name: string): string {
  const argument = command.registeredArguments.find((a) => a.name() === name);
  return argument?.description ? `<${name}>（${argument.description}）` : `<${name}>`;
}

/** "(Did you mean --out?)" → "是否要输入 --out？" */
function suggestion(message: string): string {
  const match = /\(Did you mean (.+)\?\)/.exec(message);
  return match ? `是否要输入 ${match[1]}？` : "";
}

/** Commander's error messages by their code (commander 14's wording, held to it by tests). */
const CHINESE_ERRORS: Readonly<Record<string, Translate>> = {
  "commander.missingArgument": (message, command) => {
    const name = /missing required argument '(.+)'/.exec(message)?.[1] ?? "";
    return `缺少参数 ${argumentLabel(command, name)}。`;
  },
  "commander.optionMissingArgument": (message) => {
    const flags = /option '(.+)' argument missing/.exec(message)?.[1] ?? "";
    return `选项 ${flags} 后面缺少取值。`;
  },
  "commander.missingMandatoryOptionValue": (message) => {
    const flags = /required option '(.+)' not specified/.exec(message)?.[1] ?? "";
    return `缺少必需的选项 ${flags}。`;
  },
  "commander.unknownOption": (message) => {
    const flag = /unknown option '([^']+)'/.exec(message)?.[1] ?? "";
    return `无法识别的选项 ${flag}。${suggestion(message)}`;
  },
  "commander.unknownCommand": (message) => {
    const name = /unknown command '([^']+)'/.exec(message)?.[1] ?? "";
    return `无法识别的命令 ${name}。${suggestion(message)}`;
  },
  "commander.excessArguments": (message, command) => {
    const counts = /Expected (\d+) arguments? but got (\d+)/.exec(message);
    return `参数过多：${command.name()} 只需要 ${counts?.[1] ?? "?"} 个参数，收到了 ${counts?.[2] ?? "?"} 个。`;
  },
};

/**
 * A command whose usage errors speak the run's language. Commander reports each through
 * `error(message, { code })` (its documented way to end a command with a message); the message
 * is translated by its code, and subcommands are made the same way (`createCommand`).
 */
export class LocalizedCommand extends Command {
  constructor(
    name: string | undefined,
    private readonly locale: Locale
  ) {
    super(name);
  }

  override createCommand(name?: string): Command {
    return new LocalizedCommand(name, this.locale);
  }

  override createHelp(): Help {
    return Object.assign(
      this.locale === "zh-CN" ? new ChineseHelp() : new Help(),
      this.configureHelp()
    );
  }

  override error(message: string, errorOptions?: ErrorOptions): never {
    const translate = errorOptions?.code ? CHINESE_ERRORS[errorOptions.code] : undefined;
    if (this.locale !== "zh-CN" || !translate) return super.error(message, errorOptions);
    return super.error(`错误：${translate(message, this)}`, errorOptions);
  }
}

/** The words commander adds of its own: the help and version options and the help command. */
export const COMMANDER_WORDS = {
  help: { "zh-CN": "显示帮助", "en-US": "display help for command" },
  helpCommand: { "zh-CN": "显示某个命令的帮助", "en-US": "display help for command" },
  version: { "zh-CN": "显示版本号", "en-US": "output the version number" },
} as const;
