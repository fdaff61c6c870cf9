import { periodOf } from "../../calendar/period";
import { defineRule } from "../types";
import {
  givenBy,
  hasLectureSheets,
  lectureEvents,
  lectureIn,
  lectureSheet,
} from "../common/lectures";

export default defineRule({
  meta: {
    id: "lecture-branch-secretary-annual",
    ledger: "lectures",
    // 支部信息 names the secretaries; the 党课 may be in 党课台账 or 会议台账 (checked below).
    requires: ["branches"],
    reads: {
      unitInfo: ["year"],
      branches: ["name", "secretary", "secretaryAppointed"],
      meetings: ["types", "date", "host"],
      lectures: ["date", "lecturer"],
    },
    kind: "period",
    // No regulation binds a 支部书记 to a yearly 党课 (ZB 第十六条 binds 党委（党组）书记): a working
    // requirement, reminded, never counted against the branch.
    defaultSeverity: "reminder",
    title: { "zh-CN": "支部书记每年讲党课", "en-US": "Branch secretary's annual lecture" },
    description: {
      "zh-CN":
        "党支部书记每年至少为党员讲1次党课（工作要求：党内法规对党委（党组）书记作此规定，对支部书记未作规定，故只作提醒，不计入合规率）。",
      "en-US":
        "Every branch secretary gives at least one party lecture a year (a working requirement: the regulations set it for party committee secretaries, not branch secretaries, so it is a reminder only and not counted in compliance).",
    },
    fix: {
      "zh-CN":
        "在党课台账中登记支部书记本年度讲授的党课（授课人填书记姓名，与支部信息一致）。此项为工作要求，只作提醒。",
      "en-US":
        "Record the lecture the branch secretary gave this year in 党课台账 (授课人: the secretary's name as 支部信息 writes it). A working requirement: a reminder only.",
    },
    clause: {
      citations: [],
      note: { "zh-CN": "（工作要求）", "en-US": "(working requirement)" },
    },
    options: {
      countMeetingHosts: {
        default: false,
        description: {
          "zh-CN": "会议台账中党课的主持人为支部书记时，也视为其讲授的党课",
          "en-US":
            "Count a party lecture in the meetings ledger whose host (主持人) is the branch secretary as given by them",
        },
      },
    },
    messages: {
      missing: {
        "zh-CN":
          "{branch}书记{person}{period:period}没有讲党课的记录，请按工作要求安排支部书记为党员讲党课",
        "en-US":
          "{person}, secretary of {branch}, has no party lecture recorded in {period:period}; as a working requirement, the secretary should give one",
      },
    },
  },
  check(context) {
    const { workbook } = context;
    // Without either sheet there is nothing to look in; structure-missing-sheet says so.
    if (!hasLectureSheets(workbook)) return;
    const events = lectureEvents(workbook);
    context.countRows(events.length);
    const sheet = lectureSheet(workbook);
    const period = periodOf("year", context.year, 1);
    for (const branch of workbook.branches?.records ?? []) {
      const secretary = branch.secretary ?? "";
      // A blank name or branch is reported by the reader; it cannot be matched here.
      if (secretary === "" || branch.name === "") continue;
      // 支部信息 shows today's secretary: one who took office after the year was not serving then.
      if (branch.secretaryAppointed && branch.secretaryAppointed.day > period.end) continue;
      context.period({
        period,
        // A working requirement: reminded, not counted in the 合规率.
        excused: true,
        met: events.some(
          (e) => lectureIn(e, period) && givenBy(e, secretary, context.options.countMeetingHosts)
        ),
        branch: branch.name,
        person: secretary,
        sheet,
        messageId: "missing",
        data: { branch: branch.name, person: secretary, period: period.key },
      });
    }
  },
});
