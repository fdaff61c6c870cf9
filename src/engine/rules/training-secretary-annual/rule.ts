import { periodOf } from "../../calendar/period";
import type { BranchRecord } from "../../model/ledgers";
import { defineRule } from "../types";
import {
  centralTrainingsOf,
  datedTrainings,
  newSecretaryDeadline,
  startsIn,
} from "../common/training";

/** The months SEED（十一） gives a new secretary for their first 集中培训. */
const NEW_SECRETARY_MONTHS = 6;

export default defineRule({
  meta: {
    id: "training-secretary-annual",
    ledger: "training",
    requires: ["branches", "training"],
    reads: {
      unitInfo: ["year"],
      branches: ["name", "secretary", "secretaryAppointed"],
      training: ["name", "branch", "category", "start"],
    },
    summary: {
      order: 90,
      header: { "zh-CN": "书记轮训", "en-US": "Secretary training" },
      width: 9,
      show: { kind: "mark" },
    },
    // The hours table has no courses, so no 集中轮训 to find.
    forms: { training: ["rows"] },
    kind: "period",
    defaultSeverity: "error",
    title: { "zh-CN": "支部书记每年参加集中轮训", "en-US": "Branch secretary's annual training" },
    description: {
      "zh-CN": "在任党支部书记每年至少参加1次集中轮训。",
      "en-US": "Every serving branch secretary attends at least one central training a year.",
    },
    fix: {
      "zh-CN":
        "在培训台账中登记支部书记本年度参加的集中轮训（培训类别写明“集中轮训”“党校”等，写明开始日期）。尚未参加的，应在年内安排参加。",
      "en-US":
        "Record the branch secretary's central training of the year in 培训台账 (培训类别 such as 集中轮训 or 党校, with its start date). If they have not attended one, arrange it within the year.",
    },
    clause: {
      citations: [{ source: "SEED", clause: 11, quote: "党支部书记每年应该至少参加1次集中轮训" }],
    },
    options: {
      exemptNewSecretaries: {
        default: true,
        description: {
          "zh-CN":
            "当年任职、6个月培训期限跨入下一年的新任书记，当年不要求参加集中轮训（其任职培训另行检查）",
          "en-US":
            "A secretary appointed during the year whose 6-month induction deadline falls in the next year is not required to attend that year (the induction training is checked separately)",
        },
      },
    },
    messages: {
      missing: {
        "zh-CN": "{branch}书记{person}{period:period}没有参加集中轮训的记录",
        "en-US":
          "{person}, secretary of {branch}, has no central training recorded in {period:period}",
      },
    },
  },
  check(context) {
    const { workbook, settings } = context;
    const trainings = datedTrainings(workbook);
    context.countRows(trainings.length);
    const year = periodOf("year", context.year, 1);

    /** Whether 支部信息's secretary must have attended in the reporting year. */
    const required = (branch: BranchRecord): boolean => {
      const appointed = branch.secretaryAppointed;
      if (appointed === undefined) return true;
      // 支部信息 shows today's secretary: one who took office after the year was not serving then.
      if (appointed.day > year.end) return false;
      const newInYear = appointed.day >= year.start;
      return !(
        context.options.exemptNewSecretaries &&
        newInYear &&
        newSecretaryDeadline(appointed, NEW_SECRETARY_MONTHS) > year.end
      );
    };

    for (const branch of workbook.branches?.records ?? []) {
      const secretary = branch.secretary ?? "";
      // A blank name or branch is reported by the reader; it cannot be matched here.
      if (secretary === "" || branch.name === "" || !required(branch)) continue;
      const attended = centralTrainingsOf(trainings, settings, secretary, branch.name);
      context.period({
        period: year,
        met: attended.some((t) => startsIn(t, year)),
        branch: branch.name,
        person: secretary,
        sheet: workbook.training?.sheet ?? null,
        messageId: "missing",
        data: { branch: branch.name, person: secretary, period: year.key },
      });
    }
  },
});
