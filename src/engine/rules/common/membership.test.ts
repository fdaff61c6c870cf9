import { dateCell } from "../../testing/buildWorkbook";
import { dayFromIso } from "../../calendar/day";
import type { MemberRecord } from "../../model/ledgers";
import { isAwayOn, isMemberOn, leftDay, voteSplitOn, wasProbationaryOn } from "./membership";

const on = (iso: string): number => dayFromIso(iso) ?? Number.NaN;
const member = (fields: Partial<MemberRecord> = {}): MemberRecord => ({
  row: 2,
  name: "甲",
  branch: "第一党支部",
  ...fields,
});

describe("isMemberOn", () => {
  test("unknown dates exclude no one", () => {
    expect(isMemberOn(member(), on("2024-01-01"))).toBe(true);
  });
  test("from 转入日期 on, up to the day before 转出日期", () => {
    const m = member({
      transferredIn: dateCell("2024-03-01"),
      transferredOut: dateCell("2024-09-01"),
    });
    expect(isMemberOn(m, on("2024-02-29"))).toBe(false);
    expect(isMemberOn(m, on("2024-03-01"))).toBe(true);
    expect(isMemberOn(m, on("2024-08-31"))).toBe(true);
    expect(isMemberOn(m, on("2024-09-01"))).toBe(false);
  });
  test("not before 接收预备党员日期", () => {
    expect(
      isMemberOn(member({ probationaryAdmitted: dateCell("2024-05-01") }), on("2024-04-30"))
    ).toBe(false);
  });
});

describe("wasProbationaryOn", () => {
  test("a 预备党员 in the roster was one on any day of membership", () => {
    expect(wasProbationaryOn(member({ memberCategory: "probationary" }), on("2024-01-01"))).toBe(
      true
    );
  });
  test("a full member was probationary during the year after admission (EDATE, end exclusive)", () => {
    const m = member({ memberCategory: "full", probationaryAdmitted: dateCell("2023-03-31") });
    expect(wasProbationaryOn(m, on("2024-03-30"))).toBe(true);
    expect(wasProbationaryOn(m, on("2024-03-31"))).toBe(false);
  });
  test("a full member without an admission date counts as full; a non-member as neither", () => {
    expect(wasProbationaryOn(member(), on("2024-01-01"))).toBe(false);
    expect(
      wasProbationaryOn(member({ transferredOut: dateCell("2023-01-01") }), on("2024-01-01"))
    ).toBeUndefined();
  });
});

describe("voteSplitOn", () => {
  test("counts members of the day by vote", () => {
    const members = [
      member(),
      member({ memberCategory: "probationary" }),
      member({ transferredIn: dateCell("2024-12-01") }),
    ];
    expect(voteSplitOn(members, on("2024-06-01"))).toEqual({ full: 1, probationary: 1 });
  });
});

describe("members' situations (党员状态)", () => {
  test("an ending status leaves the rolls on 变动日期; without a date, before any year", () => {
    const died: MemberRecord = {
      row: 2,
      name: "甲",
      branch: "一支部",
      status: "deceased",
      statusChanged: { day: on("2024-05-10"), monthOnly: false },
    };
    expect(leftDay(died)).toBe(on("2024-05-10"));
    expect(isMemberOn(died, on("2024-05-09"))).toBe(true);
    expect(isMemberOn(died, on("2024-05-10"))).toBe(false);
    expect(leftDay({ row: 2, name: "乙", branch: "一支部", status: "expelled" })).toBe(0);
    const both: MemberRecord = {
      ...died,
      transferredOut: { day: on("2024-03-01"), monthOnly: false },
    };
    expect(leftDay(both)).toBe(on("2024-03-01"));
    expect(leftDay({ row: 2, name: "丙", branch: "一支部", status: "abroad" })).toBeUndefined();
  });

  test("an away status applies from 变动日期, or always without one; normal never", () => {
    const abroad: MemberRecord = {
      row: 2,
      name: "甲",
      branch: "一支部",
      status: "abroad",
      statusChanged: { day: on("2024-05-10"), monthOnly: false },
    };
    expect(isAwayOn(abroad, on("2024-05-09"))).toBe(false);
    expect(isAwayOn(abroad, on("2024-05-10"))).toBe(true);
    expect(isAwayOn({ ...abroad, statusChanged: undefined }, on("2024-01-01"))).toBe(true);
    expect(isAwayOn({ ...abroad, status: "normal" }, on("2024-12-31"))).toBe(false);
    expect(isAwayOn({ ...abroad, status: "deceased" }, on("2024-12-31"))).toBe(false);
    expect(isMemberOn(abroad, on("2024-12-31"))).toBe(true);
  });
});
