import { uniqueSheetName } from "./sheetName";

test.each([
  ["市示范局机关党委", [], "市示范局机关党委"],
  ["a/b:c*d?[e]", [], "a_b_c_d__e_"],
  ["'quoted'", [], "quoted"],
  ["", [], "Sheet"],
  [
    "上海市某某委员会机关党委第一党支部名称特别长的单位名称会超过三十一字",
    [],
    "上海市某某委员会机关党委第一党支部名称特别长的单位名称会超过三",
  ],
  ["汇总", ["汇总"], "汇总(2)"],
  ["Dept", ["dept", "dept(2)"], "Dept(3)"],
])("%p with %p taken → %p", (wanted, taken, expected) => {
  const name = uniqueSheetName(wanted, new Set(taken));
  expect(name).toBe(expected);
  expect(name.length).toBeLessThanOrEqual(31);
});
