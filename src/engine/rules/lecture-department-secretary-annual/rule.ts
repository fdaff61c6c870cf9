import { defineRule } from "../types";
import { checkSecretaryLecture } from "../common/secretaryLecture";

export default defineRule({
  meta: {
    id: "lecture-department-secretary-annual",
    ledger: "lectures",
    // Runs when either 党课台账 or 会议台账 is present; the rule handles a missing one itself.
    requires: [],
    reads: {
      unitInfo: ["departmentSecretary", "year"],
      meetings: ["types", "date", "host"],
      lectures: ["date", "lecturer"],
    },
    kind: "period",
    defaultSeverity: "error",
    title: {
      "zh-CN": "部门党组（党委）书记每年讲党课",
      "en-US": "Department party secretary's annual lecture",
    },
    description: {
      "zh-CN": "部门党组（党委）书记每年至少讲1次党课。",
      "en-US":
        "The department's leading party group (party committee) secretary gives at least one party lecture a year.",
    },
    fix: {
      "zh-CN":
        "在单位信息中填写“部门党组（党委）书记”，并在党课台账中登记其本年度讲授的党课（授课人填其姓名）。尚未讲授的，应在年内安排。",
      "en-US":
        "Fill in 部门党组（党委）书记 on 单位信息 and record the lecture they gave this year in 党课台账 (授课人: their name). If they have not given one, arrange it within the year.",
    },
    clause: {
      citations: [{ source: "SEED", clause: 3, quote: "部门党组（党委）书记每年至少讲1次党课" }],
    },
    options: {
      countMeetingHosts: {
        default: true,
        description: {
          "zh-CN": "会议台账中党课的主持人为部门党组（党委）书记时，也视为其讲授的党课",
          "en-US":
            "Count a party lecture in the meetings ledger whose host (主持人) is the department secretary as given by them",
        },
      },
    },
    messages: {
      missing: {
        "zh-CN": "部门党组（党委）书记{person}{period:period}没有讲党课的记录",
        "en-US":
          "The department party secretary {person} has no party lecture recorded in {period:period}",
      },
      unset: {
        "zh-CN": "单位信息中未填写“部门党组（党委）书记”，无法检查其每年讲党课的情况，请补填",
        "en-US":
          "单位信息 does not name the department party secretary (部门党组（党委）书记), so their annual lecture cannot be checked; please fill it in",
      },
    },
  },
  check(context) {
    checkSecretaryLecture(context, "departmentSecretary");
  },
});
