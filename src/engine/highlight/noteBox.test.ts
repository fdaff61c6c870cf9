import { noteBoxSize } from "./noteBox";

describe("noteBoxSize", () => {
  test("a short note gets the narrowest box, tall enough for its lines", () => {
    const box = noteBoxSize("【党建台账检查】\n【提示】主持人未填写");
    expect(box.width).toBe(Math.round(30 * 4.8 + 12));
    expect(box.height).toBe(2 * 12 + 12);
  });

  test("a long line widens the box up to 32 characters, then wraps", () => {
    const long = `【不符合】${"实到会有表决权人数不足".repeat(8)}`;
    const box = noteBoxSize(`【党建台账检查】\n${long}`);
    expect(box.width).toBe(Math.round(64 * 4.8 + 12));
    // 90 characters = 180 units over 63 usable a line: 3 lines, and the header.
    expect(box.height).toBe(4 * 12 + 12);
  });

  test("every line of a note with several findings fits", () => {
    const text = ["【党建台账检查】", "【不符合】甲", "【提示】乙", "【无法识别】丙"].join("\n");
    expect(noteBoxSize(text).height).toBe(4 * 12 + 12);
  });

  test("a very long note stops at a height a reader can scroll", () => {
    expect(noteBoxSize("党".repeat(5000)).height).toBe(400);
  });
});
