import { periodOf } from "../../calendar/period";
import { defineRule } from "../types";
import {
  givenBy,
  hasLectureSheets,
  lectureEvents,
  lectureIn,
  lectureSheet,
} from "../shared/lectures";

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
    defaultSeverity: "warning",
    title: { "zh-CN": "支部书记每年讲党课", "en-US": "Branch secretary's annual lecture" },
    description: {
      "zh-CN": "每个党支部书记每年至少讲1次党课。",
      "en-US": "Every branch secretary gives at least one party lecture a year.",
    },
    clause: {
      citations: [{ source: "ZB", articles: [16] }],
      note: {
        "zh-CN": "支部书记每年至少讲1次党课为各地通行做法（条例对党委书记作此要求）",
        "en-US":
          "a local norm widely used (the regulation states it for party committee secretaries)",
      },
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
        "zh-CN": "{branch}书记{person}{period:period}没有讲党课的记录",
        "en-US":
          "{person}, secretary of {branch}, has no party lecture recorded in {period:period}",
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
