import type { Frequency } from "../calendar/period";
import type { CellValue } from "../cell/types";
import type { MemberCategory, MemberStatus, PartyRole, PersonCategory } from "../model/vocabulary";
import {
  parseCollectionDay,
  parseLectureFrequency,
  parseMemberCategory,
  parseMemberStatus,
  parsePartyRole,
  parsePersonCategory,
} from "./categories";
import { BLANK, INVALID, type ParseResult } from "./result";

function table<T>(
  name: string,
  parse: (value: CellValue) => ParseResult<T>,
  good: [CellValue, T][],
  bad: CellValue[]
): void {
  describe(name, () => {
    test.each(good)("%p → %p", (value, expected) =>
      expect(parse(value)).toEqual({ ok: true, value: expected })
    );
    test.each(bad.map((value) => [value]))("rejects %p", (value) =>
      expect(parse(value)).toEqual(INVALID)
    );
    test("blank", () => {
      expect(parse("")).toEqual(BLANK);
      expect(parse(" \u3000")).toEqual(BLANK);
    });
  });
}

const ALWAYS_BAD: CellValue[] = [NaN, Infinity, 1, true, "#N/A", "=A1", "😀"];

table<MemberCategory>(
  "parseMemberCategory",
  parseMemberCategory,
  [
    ["正式", "full"],
    ["正式党员", "full"],
    [" 正式 党员 ", "full"],
    ["预备", "probationary"],
    ["预备党员", "probationary"],
    ["预备党员（2024年转正）", "probationary"],
  ],
  [...ALWAYS_BAD, "党员", "群众", "入党积极分子"]
);

table<PersonCategory>(
  "parsePersonCategory",
  parsePersonCategory,
  [
    ["在职", "serving"],
    ["在岗", "serving"],
    ["在职人员", "serving"],
    ["年薪", "serving"],
    ["不按月取得收入", "serving"],
    ["不按月收入", "serving"],
    ["离退休", "retired"],
    ["离休", "retired"],
    ["退休", "retired"],
    ["退休干部", "retired"],
    ["退休党员", "retired"],
    ["学生", "student"],
    ["下岗", "unemployed"],
    ["失业", "unemployed"],
    ["下岗失业", "unemployed"],
    ["下岗失业人员", "unemployed"],
    ["低保", "low-income"],
    ["领取最低生活保障", "low-income"],
    ["农民", "farmer"],
    ["其他", "other"],
  ],
  [...ALWAYS_BAD, "干部", "职工", "人员", "外聘"]
);

table<PartyRole>(
  "parsePartyRole",
  parsePartyRole,
  [
    ["书记", "secretary"],
    ["支部书记", "secretary"],
    ["党支部书记", "secretary"],
    ["书记兼组织委员", "secretary"],
    ["副书记", "deputy-secretary"],
    ["支部副书记", "deputy-secretary"],
    ["委员", "committee-member"],
    ["支委", "committee-member"],
    ["组织委员", "committee-member"],
    ["宣传委员", "committee-member"],
    ["纪检委员", "committee-member"],
    ["青年委员", "committee-member"],
    ["纪检委员兼党小组长", "committee-member"],
    ["组长", "group-leader"],
    ["党小组长", "group-leader"],
    ["党小组组长", "group-leader"],
    ["党员", "member"],
    ["无", "member"],
    ["普通党员", "member"],
  ],
  [...ALWAYS_BAD, "处长", "群众", "-"]
);

table<Frequency>(
  "parseLectureFrequency",
  parseLectureFrequency,
  [
    ["季度", "quarter"],
    ["每季度", "quarter"],
    ["按季度", "quarter"],
    ["每季度一次", "quarter"],
    ["每季度至少1次", "quarter"],
    ["半年", "half-year"],
    ["每半年", "half-year"],
    ["年", "year"],
    ["每年", "year"],
    ["年度", "year"],
    ["月", "month"],
    ["每月", "month"],
  ],
  [...ALWAYS_BAD, "每周", "每两月", "不定期", "季度半年"]
);

table<number>(
  "parseCollectionDay",
  parseCollectionDay,
  [
    ["每月20日", 20],
    ["每月20号", 20],
    ["20日", 20],
    ["20号", 20],
    ["20", 20],
    [20, 20],
    [1, 1],
    [31, 31],
    ["每月 5 日", 5],
    ["每月２０日", 20],
  ],
  [
    NaN,
    Infinity,
    true,
    "#N/A",
    0,
    32,
    20.5,
    -20,
    "0日",
    "32日",
    "每月20日前",
    "每季度末",
    "二十日",
    "每月20-25日",
  ]
);

table<MemberStatus>(
  "parseMemberStatus",
  parseMemberStatus,
  [
    ["正常", "normal"],
    ["转出", "transferred-out"],
    ["已转出", "transferred-out"],
    ["去世", "deceased"],
    ["病故", "deceased"],
    ["停止党籍", "suspended"],
    ["出党／除名", "expelled"],
    ["除名", "expelled"],
    ["出国（境）", "abroad"],
    ["出国(境)", "abroad"],
    ["出境", "abroad"],
    ["流动党员", "mobile"],
    ["挂职／借调", "seconded"],
    ["借调", "seconded"],
    ["因病长期不能参加", "long-ill"],
    ["因病长期不能参加组织生活", "long-ill"],
    [" 挂 职 ", "seconded"],
  ],
  ["在外地", 3, "其他情况"]
);
