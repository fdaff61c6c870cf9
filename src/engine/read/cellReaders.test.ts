import { readBranchName, readText } from "./cellReaders";
import { dateOf, meetingTypesOf, memberCategoryOf, monthRangeOf, textListOf } from "./fieldValues";

describe("readText", () => {
  test.each([
    ["  第一\n党支部 ", "第一 党支部"],
    ["ＡＢＣ", "ABC"],
    [12, "12"],
    [true, "TRUE"],
  ])("%p → %p", (cell, text) => {
    expect(readText(cell)).toEqual({ ok: true, value: text });
  });

  test.each(["", "  ", "\u3000\n"])("%p is blank", (cell) => {
    expect(readText(cell)).toEqual({ ok: false, blank: true });
  });
});

describe("readBranchName", () => {
  test.each([
    ["第一党支部", "第一党支部"],
    [" 第一  党支部 ", "第一党支部"],
    ["第一\n党支部", "第一党支部"],
    ["ＸＸ 党支部", "XX党支部"],
    ["IT Dept 党支部", "IT Dept党支部"],
    ["第一党支部（机关）", "第一党支部(机关)"],
  ])("%p → %p", (cell, name) => {
    expect(readBranchName(cell)).toEqual({ ok: true, value: name });
  });

  test("blank stays blank", () => {
    expect(readBranchName(" ")).toEqual({ ok: false, blank: true });
  });
});

describe("field accessors", () => {
  test("take back only values of the right shape", () => {
    const values = {
      date: { day: 45000, monthOnly: false },
      months: { from: { year: 2024, month: 1 }, to: { year: 2024, month: 3 } },
      types: ["general", "lecture"],
      text: "full",
      other: "正式",
    };
    expect(dateOf(values, "date")).toEqual(values.date);
    expect(dateOf(values, "months")).toBeUndefined();
    expect(monthRangeOf(values, "months")).toEqual(values.months);
    expect(monthRangeOf(values, "text")).toBeUndefined();
    expect(meetingTypesOf(values, "types")).toEqual(["general", "lecture"]);
    expect(textListOf(values, "types")).toEqual(["general", "lecture"]);
    expect(textListOf(values, "text")).toBeUndefined();
    expect(memberCategoryOf(values, "text")).toBe("full");
    expect(memberCategoryOf(values, "other")).toBeUndefined();
    expect(memberCategoryOf(values, "absent")).toBeUndefined();
  });
});
