import { runCli, STACK_FRAME } from "./runCli";

/**
 * Commander's own messages — a mistyped option, a missing file, the help — as an officer sees them:
 * in Chinese, or in English with --lang en-US. Each case runs the built command.
 */

function usageError(args: string[]): string {
  const run = runCli(args);
  expect(run.status).toBe(2);
  expect(run.stderr).not.toMatch(STACK_FRAME);
  return run.stderr;
}

describe("in Chinese by default", () => {
  test.each([
    [["check"], "错误：缺少参数 <files>（要检查的 .xlsx 文件）。"],
    [["check", "a.xlsx", "--bogus"], "错误：无法识别的选项 --bogus。"],
    [["check", "a.xlsx", "--jsn", "x"], "错误：无法识别的选项 --jsn。是否要输入 --json？"],
    [["chek"], "错误：无法识别的命令 chek。是否要输入 check？"],
    [["rollup", "a.xlsx"], "错误：缺少必需的选项 --out <file>。"],
    [["clear", "a.xlsx", "b.xlsx"], "错误：参数过多：clear 只需要 1 个参数，收到了 2 个。"],
    [["check", "--out"], "错误：选项 --out <path> 后面缺少取值。"],
  ])("%p says %p and shows the command's help", (args, message) => {
    const stderr = usageError(args);
    expect(stderr.split("\n")[0]).toBe(message);
    expect(stderr).toContain("用法：");
    expect(stderr).not.toMatch(/error:|Usage:|Options:|display help/);
  });

  test("the help's headings, options and commands are Chinese, and its columns line up", () => {
    const run = runCli(["--help"]);
    expect(run.status).toBe(0);
    for (const word of ["用法：", "选项：", "命令：", "显示帮助", "显示版本号", "[选项]"]) {
      expect(run.stdout).toContain(word);
    }
    expect(run.stdout).not.toMatch(/Usage:|Options:|Commands:|display help|output the version/);
    const commands = run.stdout.split("\n").filter((line) => /^ {2}[a-z]+ \[/.test(line));
    const starts = commands.map((line) => {
      const [term = ""] = line.split(/ {2,}(?=[^ ])/g).slice(1);
      return line.indexOf(term);
    });
    expect(new Set(starts).size).toBe(1);
  });

  test("a subcommand's help names its arguments and the default in Chinese", () => {
    const run = runCli(["check", "--help"]);
    expect(run.stdout).toContain("参数：");
    expect(run.stdout).toContain("要检查的 .xlsx 文件");
    expect(run.stdout).not.toContain("(default:");
  });
});

describe("in English with --lang en-US", () => {
  test("usage errors and help are commander's English", () => {
    const stderr = usageError(["check", "--lang", "en-US"]);
    expect(stderr.split("\n")[0]).toBe("error: missing required argument 'files'");
    expect(stderr).toContain("Usage: party-ledger check [options] <files...>");
    expect(stderr).toContain(".xlsx files to check");
    // Sheet names stay Chinese in every language (单位信息).
    expect(stderr.replace("单位信息", "")).not.toMatch(/[\u4e00-\u9fff]/);
    const unknown = usageError(["check", "a.xlsx", "--lang=en-US", "--bogus"]);
    expect(unknown.split("\n")[0]).toBe("error: unknown option '--bogus'");
  });
});
