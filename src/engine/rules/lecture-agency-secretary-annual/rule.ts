import { defineRule } from "../types";
import { checkSecretaryLecture } from "../common/secretaryLecture";

export default defineRule({
  meta: {
    id: "lecture-agency-secretary-annual",
    ledger: "lectures",
    // Runs when either 党课台账 or 会议台账 is present; the rule handles a missing one itself.
    requires: [],
    reads: {
      unitInfo: ["agencySecretary", "year"],
      meetings: ["types", "date", "host"],
      lectures: ["date", "lecturer"],
    },
    kind: "period",
    defaultSeverity: "error",
    title: {
      "zh-CN": "机关党委书记每年讲党课",
      "en-US": "Agency party committee secretary's annual lecture",
    },
    description: {
      "zh-CN": "机关党委书记每年至少讲1次党课。",
      "en-US": "The agency party committee's secretary gives at least one party lecture a year.",
    },
    fix: {
      "zh-CN":
        "在单位信息中填写“机关党委书记”，并在党课台账中登记其本年度讲授的党课（授课人填其姓名）。尚未讲授的，应在年内安排。",
      "en-US":
        "Fill in 机关党委书记 on 单位信息 and record the lecture they gave this year in 党课台账 (授课人: their name). If they have not given one, arrange it within the year.",
    },
    clause: {
      citations: [{ source: "ZB", articles: [16], quote: "党委（党组）书记每年至少讲1次党课" }],
    },
    options: {
      countMeetingHosts: {
        default: false,
        description: {
          "zh-CN": "会议台账中党课的主持人为机关党委书记时，也视为其讲授的党课",
          "en-US":
            "Count a party lecture in the meetings ledger whose host (主持人) is the agency secretary as given by them",
        },
      },
    },
    messages: {
      missing: {
        "zh-CN": "机关党委书记{person}{period:period}没有讲党课的记录",
        "en-US":
          "The agency party committee secretary {person} has no party lecture recorded in {period:period}",
      },
      unset: {
        "zh-CN": "单位信息中未填写“机关党委书记”，无法检查其每年讲党课的情况，请补填",
        "en-US":
          "单位信息 does not name the agency party committee secretary (机关党委书记), so their annual lecture cannot be checked; please fill it in",
      },
    },
  },
  check(context) {
    checkSecretaryLecture(context, "agencySecretary");
  },
});
