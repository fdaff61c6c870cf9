import { periodsOfYear } from "../../calendar/period";
import { defineRule } from "../types";
import { hasLectureSheets, lectureEvents, lectureIn, lectureSheet } from "../common/lectures";
import { rowsWhere } from "../../model/recordIndex";

export default defineRule({
  meta: {
    id: "lecture-branch-regular",
    ledger: "lectures",
    // Runs when either 党课台账 or 会议台账 is present: a 党课 may be recorded in both.
    requires: [],
    reads: {
      unitInfo: ["year", "lectureFrequency"],
      meetings: ["branch", "types", "date"],
      lectures: ["branch", "date"],
    },
    summary: {
      order: 50,
      header: { "zh-CN": "党课\n（期）", "en-US": "Lectures (periods)" },
      width: 9,
      show: { kind: "tally" },
    },
    kind: "period",
    defaultSeverity: "warning",
    title: { "zh-CN": "按期上党课", "en-US": "Regular party lectures" },
    description: {
      "zh-CN": "每个党支部按本单位党课频率（默认每季度）至少上1次党课，会议台账中的党课同样计入。",
      "en-US":
        "Every branch holds at least one party lecture in each period of the unit's lecture frequency (quarterly by default); lectures in the meetings ledger count too.",
    },
    fix: {
      "zh-CN":
        "在党课台账（或会议台账，会议类型“党课”）中登记该期次的党课，写明支部和授课日期。党课频率与单位规定不同的，在单位信息的“党课频率”中填写。",
      "en-US":
        "Record the period's party lecture in 党课台账 (or in 会议台账 as type 党课) with the branch and date. If the unit's lecture frequency differs, set 党课频率 on 单位信息.",
    },
    clause: {
      citations: [
        { source: "SEED", clause: 11 },
        { source: "ZB", articles: [16], quote: "按期" },
      ],
      note: {
        "zh-CN": "党课频率为本单位规定（单位信息“党课频率”，默认每季度）",
        "en-US": "the lecture frequency is a local norm (单位信息 党课频率, quarterly by default)",
      },
    },
    options: {},
    messages: {
      missing: {
        "zh-CN": "{branch}{period:period}没有上党课的记录",
        "en-US": "{branch} has no party lecture recorded in {period:period}",
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
    for (const branch of context.branches) {
      const own = rowsWhere(events, "branch", branch);
      for (const period of periodsOfYear(context.settings.lectureFrequency, context.year)) {
        context.period({
          period,
          met: own.some((e) => lectureIn(e, period)),
          branch,
          sheet,
          messageId: "missing",
          data: { branch, period: period.key },
        });
      }
    }
  },
});
