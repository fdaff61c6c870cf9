import type { CellValue } from "../cell/types";
import type { MeetingType } from "../model/vocabulary";
import { parseMeetingTypes } from "./meetingTypes";
import { BLANK, INVALID } from "./result";

describe("every synonym in specification.md", () => {
  test.each<[string, MeetingType]>([
    ["支部党员大会", "general"],
    ["党员大会", "general"],
    ["支部大会", "general"],
    ["党支部大会", "general"],
    ["支部委员会", "committee"],
    ["支委会", "committee"],
    ["支委会议", "committee"],
    ["党支部委员会会议", "committee"],
    ["支部委员会会议", "committee"],
    ["支委扩大会议", "committee"],
    ["党小组会", "group"],
    ["党小组会议", "group"],
    ["小组会", "group"],
    ["党课", "lecture"],
    ["微党课", "lecture"],
    ["专题党课", "lecture"],
    ["主题党日", "theme-day"],
    ["主题党日活动", "theme-day"],
    ["组织生活会", "org-life"],
    ["专题组织生活会", "org-life"],
    ["民主评议党员", "appraisal"],
    ["民主评议", "appraisal"],
    ["民主生活会", "democratic-life"],
    ["专题民主生活会", "democratic-life"],
  ])("%s → %s", (text, type) =>
    expect(parseMeetingTypes(text)).toEqual({ ok: true, value: [type] })
  );
});

test.each<[CellValue, MeetingType[]]>([
  // combined rows name several types, in order of first appearance
  ["党员大会、党课", ["general", "lecture"]],
  ["支部大会+党课", ["general", "lecture"]],
  ["主题党日（支委会）", ["theme-day", "committee"]],
  ["支部党员大会暨民主评议党员", ["general", "appraisal"]],
  ["党课、党员大会、党课", ["lecture", "general"]],
  ["组织生活会暨民主评议党员", ["org-life", "appraisal"]],
  // longest names win and consume their text
  ["民主评议党员大会", ["appraisal"]],
  ["党支部委员会会议", ["committee"]],
  ["党小组会议", ["group"]],
  ["专题组织生活会", ["org-life"]],
  ["民主生活会", ["democratic-life"]],
  ["全体党员大会", ["general"]],
  ["第一党小组会", ["group"]],
  // spacing and full-width punctuation
  ["支部 党员大会 ＋ 党课", ["general", "lecture"]],
  ["主题党日\n微党课", ["theme-day", "lecture"]],
])("%p → %p", (value, types) =>
  expect(parseMeetingTypes(value)).toEqual({ ok: true, value: types })
);

test.each<[CellValue]>([
  ["党委会"],
  ["学习"],
  ["其他"],
  ["生活会"],
  ["#N/A"],
  ["=A1"],
  [12],
  [true],
  [NaN],
])("rejects %p", (value) => expect(parseMeetingTypes(value)).toEqual(INVALID));

test("text longer than any type name list", () => {
  expect(parseMeetingTypes("党课" + "。".repeat(2000))).toEqual(INVALID);
});

test("blank", () => expect(parseMeetingTypes(" ")).toEqual(BLANK));
