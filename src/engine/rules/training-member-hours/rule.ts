import { periodOf } from "../../calendar/period";
import { defineRule } from "../types";
import {
  datedTrainings,
  hoursInYear,
  membershipInYear,
  monthsSpanned,
  roundTo,
} from "../shared/training";

export default defineRule({
  meta: {
    id: "training-member-hours",
    ledger: "training",
    requires: ["members", "training"],
    // Without 学时 every member would look short of hours.
    needs: { training: ["hours"] },
    kind: "period",
    defaultSeverity: "warning",
    title: { "zh-CN": "党员年度学习培训学时", "en-US": "Members' annual study hours" },
    description: {
      "zh-CN": "党员每年学习培训时间一般不少于32学时（年中转入、转出的按在册月数折算）。",
      "en-US":
        "Each member's study hours in the year are generally at least 32 (pro-rated by months on the roll for members who joined or left during the year).",
    },
    clause: { citations: [{ source: "JYGL", articles: [20] }] },
    options: {
      minHours: {
        default: 32,
        description: {
          "zh-CN": "每名党员每年应达到的学习培训学时",
          "en-US": "Study hours each member should reach in a year",
        },
      },
      prorate: {
        default: true,
        description: {
          "zh-CN": "年中转入、转出或接收为预备党员的，按当年在册月数折算应达学时",
          "en-US":
            "Pro-rate the required hours by months on the roll for members who joined or left during the year",
        },
      },
      centralOnly: {
        default: false,
        description: {
          "zh-CN": "只计集中培训/集中轮训的学时（不计网络、自学等）",
          "en-US": "Count only central (in-person) training hours, not online or self-study",
        },
      },
    },
    messages: {
      short: {
        "zh-CN": "{person}（{branch}）{period:period}学习培训{hours}学时，少于{required}学时",
        "en-US":
          "{person} ({branch}) logged {hours} study hours in {period:period}, fewer than {required}",
      },
      shortProrated: {
        "zh-CN":
          "{person}（{branch}）{period:period}在册{months}个月，学习培训{hours}学时，少于按月折算的{required}学时",
        "en-US":
          "{person} ({branch}) was on the roll for {months} months of {period:period} and logged {hours} study hours, fewer than the pro-rated {required}",
      },
    },
  },
  check(context) {
    const { workbook, settings, options } = context;
    const trainings = datedTrainings(workbook);
    const year = periodOf("year", context.year, 1);
    const centralOnly = options.centralOnly ? settings : null;
    const seen = new Set<string>();

    for (const member of workbook.members?.records ?? []) {
      // A blank name is reported by the reader; a member listed twice is checked once.
      const key = `${member.branch}\u0000${member.name}`;
      if (member.name === "" || seen.has(key)) continue;
      seen.add(key);
      context.countRows();
      const span = membershipInYear(member, year);
      if (!span) continue;

      const months = monthsSpanned(span.from, span.to);
      const prorated = options.prorate && months < 12;
      const required = prorated ? roundTo((options.minHours * months) / 12, 1) : options.minHours;
      const hours = hoursInYear(trainings, member, year, centralOnly);
      context.period({
        period: year,
        met: hours >= required,
        branch: member.branch === "" ? null : member.branch,
        person: member.name,
        sheet: workbook.training?.sheet ?? null,
        messageId: prorated ? "shortProrated" : "short",
        data: {
          person: member.name,
          branch: member.branch,
          period: year.key,
          hours,
          required,
          ...(prorated ? { months } : {}),
        },
      });
    }
  },
});
