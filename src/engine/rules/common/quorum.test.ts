import type { MeetingRecord } from "../../model/ledgers";
import { attendanceCounts, quorumVerdict, severityOption, votingBounds } from "./quorum";

const meeting = (fields: Partial<MeetingRecord>): MeetingRecord => ({
  row: 2,
  branch: "第一党支部",
  ...fields,
});

describe("quorumVerdict", () => {
  test.each([
    [6, 10, "met"],
    [5, 10, "half"],
    [4, 10, "below"],
    [5, 9, "met"],
    [4, 9, "below"],
    [1, 1, "met"],
    [0, 1, "below"],
  ])("%i of %i → %s", (attended, expected, verdict) => {
    expect(quorumVerdict(attended, expected)).toBe(verdict);
  });
});

describe("attendanceCounts", () => {
  test("prefers the voting figures as a pair", () => {
    expect(
      attendanceCounts(
        meeting({ expected: 12, attended: 9, expectedVoting: 10, attendedVoting: 6 })
      )
    ).toEqual({
      expected: 10,
      attended: 6,
      voting: true,
      attendedField: "attendedVoting",
      expectedField: "expectedVoting",
    });
  });
  test("falls back to the headcounts", () => {
    expect(
      attendanceCounts(meeting({ expected: 12, attended: 9, expectedVoting: 10 }))
    ).toMatchObject({
      expected: 12,
      attended: 9,
      voting: false,
      attendedField: "attended",
      expectedField: "expected",
    });
  });
  test("mixes only where one of each is filled", () => {
    expect(attendanceCounts(meeting({ expectedVoting: 10, attended: 6 }))).toMatchObject({
      expected: 10,
      attended: 6,
      voting: false,
      attendedField: "attended",
      expectedField: "expectedVoting",
    });
  });
  test("is undefined without an expected or an attended figure", () => {
    expect(attendanceCounts(meeting({ expected: 10 }))).toBeUndefined();
    expect(attendanceCounts(meeting({ attendedVoting: 6 }))).toBeUndefined();
  });
});

describe("votingBounds", () => {
  test("all 预备党员 present or none: both ends", () => {
    // 10 应到 incl. 2 预备 → 8 voting; 5 came: 3 to 5 of them voting.
    expect(votingBounds(5, 8, 2)).toEqual({ worst: "below", best: "met", mostVoting: 5 });
  });
  test("caps the voting attendance at the voting members", () => {
    expect(votingBounds(10, 8, 2)).toEqual({ worst: "met", best: "met", mostVoting: 8 });
  });
  test("never below zero", () => {
    expect(votingBounds(1, 8, 2)).toEqual({ worst: "below", best: "below", mostVoting: 1 });
  });
});

describe("severityOption", () => {
  test("accepts a severity and falls back otherwise", () => {
    expect(severityOption("error", "warning")).toBe("error");
    expect(severityOption("严重", "warning")).toBe("warning");
  });
});
