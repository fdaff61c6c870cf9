import { addMonths, isoDate } from "../../calendar/day";
import { monthKey, monthOfDay } from "../../calendar/month";
import type { Period } from "../../calendar/period";
import { defineRule } from "../types";
import {
  appointmentDay,
  centralTrainingsOf,
  datedTrainings,
  newSecretaryDeadline,
} from "../common/training";

export default defineRule({
  meta: {
    id: "training-new-secretary-6m",
    ledger: "training",
    requires: ["branches", "training"],
    reads: {
      unitInfo: ["year"],
      branches: ["name", "secretary", "secretaryAppointed"],
      training: ["name", "branch", "category", "start"],
    },
    summary: {
      order: 100,
      header: { "zh-CN": "新任书记\n培训", "en-US": "New secretary training" },
      width: 9,
      show: { kind: "mark" },
    },
    forms: { training: ["rows"] },
    kind: "both",
    defaultSeverity: "error",
    title: {
      "zh-CN": "新任支部书记6个月内接受集中培训",
      "en-US": "New branch secretary trained within 6 months",
    },
    description: {
      "zh-CN": "新任党支部书记须在任职6个月内接受集中培训（上一年度起任职的书记纳入检查）。",
      "en-US":
        "A new branch secretary must attend central training within 6 months of taking office (secretaries appointed since the start of the previous year are checked).",
    },
    fix: {
      "zh-CN":
        "在支部信息中填写书记任职日期，在培训台账中登记其任职后6个月内参加的集中培训。超过6个月仍未参加的，应尽快安排并如实记录。",
      "en-US":
        "Fill in 书记任职日期 on 支部信息 and record in 培训台账 the central training the secretary attended within six months of taking office. If more than six months have passed, arrange it at once and record it.",
    },
    clause: {
      citations: [
        { source: "SEED", clause: 11, quote: "新任党支部书记须在任职6个月内接受集中培训" },
      ],
    },
    options: {
      months: {
        default: 6,
        description: {
          "zh-CN": "任职后须接受集中培训的期限（月，按日历月计算，含当日）",
          "en-US":
            "Months after appointment by which central training is due (calendar months, inclusive)",
        },
      },
      preAppointmentMonths: {
        default: 3,
        description: {
          "zh-CN": "任职前多少个月内参加的集中培训（任前培训）也计入；0 表示不计",
          "en-US":
            "Central training attended this many months before appointment (pre-appointment training) also counts; 0 turns this off",
        },
      },
    },
    messages: {
      missing: {
        "zh-CN":
          "{branch}书记{person}于{appointed:date}任职，任职{months}个月内（{deadline:date}前）没有接受集中培训的记录",
        "en-US":
          "{person}, secretary of {branch} since {appointed:date}, has no central training recorded within {months} months (by {deadline:date})",
      },
      late: {
        "zh-CN":
          "{branch}书记{person}于{appointed:date}任职，{start:date}才接受集中培训，超过任职{months}个月的期限（{deadline:date}）",
        "en-US":
          "{person}, secretary of {branch} since {appointed:date}, attended central training only on {start:date}, after the {months}-month deadline ({deadline:date})",
      },
    },
  },
  check(context) {
    const { workbook, settings, options } = context;
    const trainings = datedTrainings(workbook);
    context.countRows(trainings.length);
    const sheet = workbook.training?.sheet ?? null;
    const startColumn = workbook.training?.columns.start ?? null;
    const months = Math.max(0, Math.round(options.months));
    const before = Math.max(0, Math.round(options.preAppointmentMonths));

    for (const branch of workbook.branches?.records ?? []) {
      const secretary = branch.secretary ?? "";
      const appointedCell = branch.secretaryAppointed;
      // Blank names are reported by the reader; without 任职日期 "new" cannot be known.
      if (secretary === "" || branch.name === "" || appointedCell === undefined) continue;
      const appointed = appointmentDay(appointedCell);
      if (monthOfDay(appointed).year < context.year - 1) continue;

      const deadline = newSecretaryDeadline(appointedCell, months);
      const windowStart = addMonths(appointed, -before);
      const central = centralTrainingsOf(trainings, settings, secretary, branch.name);
      const onTime = central.some((t) => t.start.day >= windowStart && t.start.day <= deadline);
      // A period that runs from appointment to deadline, so reminders come before the deadline.
      const deadlineMonth = monthOfDay(deadline);
      const period: Period = {
        key: monthKey(deadlineMonth),
        frequency: "month",
        year: deadlineMonth.year,
        index: deadlineMonth.month,
        start: appointed,
        end: deadline,
      };
      const data = {
        branch: branch.name,
        person: secretary,
        appointed: isoDate(appointed),
        deadline: isoDate(deadline),
        months,
      };

      // One fact, one finding: a central training after the deadline is marked on its row (the
      // officer sees the training did happen, only late) and no period repeats it; the period
      // finding is for a secretary with no central training on record at all.
      const late = onTime ? undefined : central.find((t) => t.start.day > deadline);
      if (late) {
        context.report({
          messageId: "late",
          sheet,
          row: late.row,
          column: startColumn,
          branch: branch.name,
          person: secretary,
          period: period.key,
          data: { ...data, start: isoDate(late.start.day) },
        });
        continue;
      }
      context.period({
        period,
        met: onTime,
        branch: branch.name,
        person: secretary,
        sheet,
        messageId: "missing",
        data,
      });
    }
  },
});
