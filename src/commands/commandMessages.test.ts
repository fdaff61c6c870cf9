import { checkedMessage, clearedMessage, failedMessage } from "./commandMessages";

test("a check names every severity's count and the summary sheet, in both languages", () => {
  const message = checkedMessage(
    { error: 3, warning: 2, reminder: 1, unreadable: 0 },
    "汇总表（检查结果）",
    []
  );
  expect(message).toEqual({
    "zh-CN":
      "一键检查完成：不符合 3 条、提示 2 条、提醒 1 条、无法识别 0 条，详见“汇总表（检查结果）”。",
    "en-US":
      'Check finished: Error 3, Warning 2, Reminder 1, Unreadable 0; see the "汇总表（检查结果）" sheet.',
  });
});

test("a clear without a summary to remove says only what it removed", () => {
  expect(
    clearedMessage({
      sheets: [],
      marks: 0,
      notes: 0,
      summaryRemoved: false,
      skippedSheets: [{ sheet: "培训台账", reason: "missing" }],
    })
  ).toEqual({
    "zh-CN": "已清除 0 处标记、0 条批注；未处理：“培训台账”（工作表已不存在）。",
    "en-US": 'Cleared 0 marks and 0 notes; not processed: "培训台账" (the sheet no longer exists).',
  });
});

test("a failure that is not an Error still says what was thrown", () => {
  expect(failedMessage("clearMarks", 42)["zh-CN"]).toBe("清除标记未完成：42。请打开检查面板重试。");
});
