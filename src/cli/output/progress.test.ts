import { createProgress, type ProgressTexts, type StatusStream } from "./progress";

const texts: ProgressTexts = {
  file: (index, count, name) => `[${index}/${count}] ${name}`,
  reading: (sheet, rows) => `正在读取“${sheet}”：${rows} 行…`,
  checking: (rows) => `正在检查，共 ${rows} 行…`,
  writing: () => "正在写入检查结果…",
};

function terminal(isTTY: boolean, columns = 80): StatusStream & { written: string[] } {
  const written: string[] = [];
  return { isTTY, columns, written, write: (text: string) => written.push(text) };
}

// Escape sequences and colour are not the point here: what the line says, and that it goes.
// eslint-disable-next-line no-control-regex -- the status line's erase and colour sequences.
const plain = (text: string): string => text.replace(/\r|\u001b\[[0-9;]*[mK]/g, "");

describe("the status line", () => {
  test("on a terminal: which file, sheet and rows, then checking and writing, wiped before output", () => {
    let clock = 0;
    const stream = terminal(true);
    const progress = createProgress(stream, texts, () => clock);
    progress.file(2, 3, "二局.xlsx");
    progress.reading("会议台账", 1000);
    clock += 10;
    progress.reading("会议台账", 2000); // too soon: not redrawn
    clock += 200;
    progress.reading("党费台账", 50_000);
    progress.checking(100_000);
    progress.clear();
    progress.writing();
    progress.clear();
    progress.clear(); // nothing shown: nothing written
    expect(stream.written.map(plain)).toEqual([
      "[2/3] 二局.xlsx  正在读取“会议台账”：1000 行…",
      "[2/3] 二局.xlsx  正在读取“党费台账”：50000 行…",
      "[2/3] 二局.xlsx  正在检查，共 100000 行…",
      "",
      "[2/3] 二局.xlsx  正在写入检查结果…",
      "",
    ]);
    expect(stream.written[3]).toBe("\r\u001b[2K");
  });

  test("fits one line of the terminal, Chinese counted two columns wide", () => {
    const stream = terminal(true, 21);
    createProgress(stream, texts).reading("党员党费交纳登记表", 123456);
    const line = plain(stream.written[0] ?? "");
    expect(line.endsWith("…")).toBe(true);
    expect(
      [...line].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)
    ).toBeLessThanOrEqual(20);
  });

  test("not on a terminal: nothing at all, so logs and JSON stay clean", () => {
    const stream = terminal(false);
    const progress = createProgress(stream, texts);
    progress.file(1, 2, "a.xlsx");
    progress.reading("会议台账", 1000);
    progress.checking(1000);
    progress.writing();
    progress.clear();
    expect(stream.written).toEqual([]);
  });
});
