import { addMonths, addYears, type DayNumber, isoDate } from "../../calendar/day";
import { lastDayOfMonth, monthOfDay } from "../../calendar/month";
import type { BranchRecord, DateCell } from "../../model/ledgers";
import { defineRule } from "../types";
import { severityOption } from "../shared/orgOptions";

/**
 * The day a month-only 本届选举日期 (`2021年6月`) stands for: the month's last day, so that an
 * unknown day never makes a term look expired earlier than it could be.
 */
function electionDay(date: DateCell): DayNumber {
  return date.monthOnly ? lastDayOfMonth(monthOfDay(date.day)) : date.day;
}

/** 任期（年） when it is a sensible whole number of years, else the default. */
function termOf(branch: BranchRecord, fallback: number): number {
  const years = branch.termYears;
  return years !== undefined && Number.isInteger(years) && years > 0 ? years : fallback;
}

export default defineRule({
  meta: {
    id: "org-term-due",
    ledger: "branches",
    requires: ["branches"],
    reads: { branches: ["electionDate", "termYears"] },
    kind: "row",
    defaultSeverity: "warning",
    title: { "zh-CN": "支部按期换届", "en-US": "Branch re-elected on time" },
    description: {
      "zh-CN":
        "党支部任期届满应按期换届：本届选举日期加任期已过检查日期的提示，超期1年以上的为不符合；即将届满的提醒。",
      "en-US":
        "A branch holds its election when its term ends: a term (本届选举日期 + 任期) that has ended is a warning, one overdue by more than a year an error; a term about to end is a reminder.",
    },
    clause: {
      citations: [
        { source: "SEED", clause: 10 },
        { source: "RQ" },
        { source: "XJ", articles: [3] },
      ],
    },
    options: {
      defaultTermYears: {
        default: 3,
        description: {
          "zh-CN": "支部信息未填“任期（年）”时采用的任期年数（党支部每届任期一般为3年）",
          "en-US": "Term in years when 任期（年） is blank (a branch's term is normally 3 years)",
        },
      },
      longOverdueMonths: {
        default: 12,
        description: {
          "zh-CN": "届满超过多少个月仍未换届按“不符合”处理",
          "en-US": "Months past the end of the term after which the overdue election is an error",
        },
      },
      longOverdueSeverity: {
        default: "error",
        description: {
          "zh-CN": "长期超期未换届的严重程度",
          "en-US": "Severity of a long-overdue election",
        },
      },
      noticeDays: {
        default: 0,
        description: {
          "zh-CN": "任期届满前多少天起提醒做好换届准备；0表示与全局“提醒天数”相同",
          "en-US":
            "Days before the end of the term from which a reminder is given; 0 uses the check's reminder days",
        },
      },
    },
    messages: {
      overdue: {
        "zh-CN":
          "{branch}本届于{electionDate:date}选举产生，任期{termYears}年，已于{termEnd:date}届满，尚未按期换届。请及时向上级党组织请示换届；如已完成换届，请更新“本届选举日期”",
        "en-US":
          "{branch} was elected on {electionDate:date} for {termYears} years; the term ended on {termEnd:date} and no new election is recorded. Please apply to the higher party organisation for the election, or update 本届选举日期 if it has been held",
      },
      longOverdue: {
        "zh-CN":
          "{branch}本届于{electionDate:date}选举产生，任期{termYears}年，已于{termEnd:date}届满，超过{limitMonths}个月仍未换届。请尽快向上级党组织请示换届；如已完成换届，请更新“本届选举日期”",
        "en-US":
          "{branch} was elected on {electionDate:date} for {termYears} years; the term ended on {termEnd:date}, more than {limitMonths} months ago, and no new election is recorded. Please apply to the higher party organisation for the election without delay, or update 本届选举日期 if it has been held",
      },
      dueSoon: {
        "zh-CN":
          "{branch}本届于{electionDate:date}选举产生，任期{termYears}年，将于{termEnd:date}届满，请提前向上级党组织请示，做好换届准备",
        "en-US":
          "{branch} was elected on {electionDate:date} for {termYears} years; the term ends on {termEnd:date}. Please apply to the higher party organisation and prepare the election in time",
      },
    },
  },
  check(context) {
    const { options, asOf } = context;
    const sheet = context.workbook.branches;
    if (!sheet) return;
    const fallbackTerm =
      Number.isInteger(options.defaultTermYears) && options.defaultTermYears > 0
        ? options.defaultTermYears
        : 3;
    const noticeDays = options.noticeDays > 0 ? options.noticeDays : context.settings.reminderDays;
    const longSeverity = severityOption(options.longOverdueSeverity, "error");

    for (const branch of sheet.records) {
      context.countRows();
      if (!branch.electionDate) continue;
      const elected = electionDay(branch.electionDate);
      // An election dated after the as-of date is a typing slip or a future plan, not an expired term.
      if (elected > asOf) continue;
      const termYears = termOf(branch, fallbackTerm);
      const termEnd = addYears(elected, termYears);
      const data = {
        branch: branch.name,
        electionDate: isoDate(elected),
        termYears,
        termEnd: isoDate(termEnd),
        limitMonths: options.longOverdueMonths,
      };
      const at = {
        sheet: sheet.sheet,
        row: branch.row,
        column: sheet.columns.electionDate ?? null,
        branch: branch.name,
      };

      if (asOf > termEnd) {
        // Past the limit means strictly later: exactly 12 months after the term's end is still a warning.
        const long = asOf > addMonths(termEnd, options.longOverdueMonths);
        context.report({
          ...at,
          messageId: long ? "longOverdue" : "overdue",
          data,
          severity: long ? longSeverity : context.severity,
        });
      } else if (termEnd - asOf <= noticeDays) {
        // The term ends on its anniversary; on that day itself the election is still due, not late.
        context.report({ ...at, messageId: "dueSoon", data, severity: "reminder" });
      }
    }
  },
});
