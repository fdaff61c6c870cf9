import {
  firstDayOfMonth,
  lastDayOfMonth,
  monthFromOrdinal,
  monthKey,
  monthOfDay,
  monthOrdinal,
} from "../../calendar/month";
import { periodOf, type Period } from "../../calendar/period";
import type { MemberRecord } from "../../model/ledgers";
import { defineRule, type RuleContext } from "../types";
import { paymentsByMember, registerCell, requiredMonthRange, unpaidRuns } from "../shared/duesRows";

type Options = { minMonths: number };

/**
 * The reporting year's key with the run's own days: the finding is about the year, while the
 * days tell runRules whether the run has ended (missing) or ends soon (reminder).
 */
function runPeriod(year: number, from: number, to: number): Period {
  return {
    ...periodOf("year", year, 1),
    start: firstDayOfMonth(monthFromOrdinal(from)),
    end: lastDayOfMonth(monthFromOrdinal(to)),
  };
}

function checkMember(
  context: RuleContext<Options>,
  member: MemberRecord,
  paid: ReadonlySet<number>,
  current: number
): void {
  const { year } = context;
  const range = requiredMonthRange(member, year);
  if (!range) return;
  const minMonths = Math.max(1, Math.floor(context.options.minMonths));
  const runs = unpaidRuns(range.from, Math.min(range.to, current - 1), paid);
  const who = {
    branch: member.branch || null,
    person: member.name,
    sheet: context.workbook.dues?.sheet ?? null,
  };
  const named = { name: member.name, branch: member.branch };

  const lapses = runs.filter((r) => r.to - r.from + 1 >= minMonths);
  for (const run of lapses) {
    context.period({
      ...who,
      // In the month-column register the run's first blank month cell is marked.
      ...registerCell(context.workbook, member, run.from),
      period: runPeriod(year, run.from, run.to),
      met: false,
      messageId: "lapse",
      data: {
        ...named,
        from: monthKey(monthFromOrdinal(run.from)),
        to: monthKey(monthFromOrdinal(run.to)),
        count: run.to - run.from + 1,
      },
    });
  }

  // One month short of a lapse and the current month still unpaid: remind before it ends.
  const last = runs[runs.length - 1];
  const trailing = last && last.to === current - 1 ? last.to - last.from + 1 : 0;
  const imminent =
    trailing === minMonths - 1 &&
    current >= range.from &&
    current <= range.to &&
    !paid.has(current);
  if (imminent) {
    const from = current - trailing;
    context.period({
      ...who,
      period: runPeriod(year, from, current),
      met: false,
      messageId: "imminent",
      data: {
        ...named,
        from: monthKey(monthFromOrdinal(from)),
        to: monthKey(monthFromOrdinal(current)),
        unpaid: trailing,
        count: minMonths,
      },
    });
  }
  if (lapses.length === 0 && !imminent) {
    context.period({ ...who, period: periodOf("year", year, 1), met: true, messageId: "lapse" });
  }
}

export default defineRule<Options>({
  meta: {
    id: "dues-six-month-lapse",
    ledger: "dues",
    requires: ["dues", "members"],
    // An annual table cannot tell which months were paid.
    forms: { dues: ["rows", "register"] },
    kind: "period",
    defaultSeverity: "error",
    title: { "zh-CN": "连续6个月未交纳党费", "en-US": "Six months without paying dues" },
    description: {
      "zh-CN":
        "党员在应交党费的月份中连续6个月（含）以上没有交纳党费的记录。无正当理由连续6个月不交纳党费的，按自行脱党处理，须由支部及时核实。",
      "en-US":
        "A member has no dues payment for 6 or more consecutive months in which dues were owed. Not paying for 6 consecutive months without good reason counts as leaving the Party of one's own accord; the branch must look into it.",
    },
    clause: {
      citations: [
        { source: "DF", articles: [13] },
        { source: "JYGL", articles: [31] },
      ],
    },
    options: {
      minMonths: {
        default: 6,
        description: {
          "zh-CN": "连续未交纳达到多少个月时报告（默认6个月）",
          "en-US": "Consecutive unpaid months that are reported (default 6)",
        },
      },
    },
    messages: {
      lapse: {
        "zh-CN":
          "{name}（{branch}）自{from:period}至{to:period}连续{count}个月没有交纳党费的记录，请支部核实；无正当理由连续6个月不交纳党费的，按自行脱党处理",
        "en-US":
          "{name} ({branch}) has no dues payment recorded for {count} consecutive months, {from:period} to {to:period}; the branch should look into it (6 months without good reason counts as leaving the Party)",
      },
      imminent: {
        "zh-CN":
          "{name}（{branch}）自{from:period}起已连续{unpaid}个月没有交纳党费的记录，{to:period}仍不交纳将满{count}个月",
        "en-US":
          "{name} ({branch}) has paid no dues for {unpaid} consecutive months since {from:period}; without a payment for {to:period} it will be {count} months",
      },
    },
  },
  check(context) {
    context.countRows(context.workbook.dues?.records.length ?? 0);
    // Only months that have ended count as unpaid: the month holding the as-of date is still open.
    const current = monthOrdinal(monthOfDay(context.asOf));
    for (const { member, paid } of paymentsByMember(context.workbook)) {
      checkMember(context, member, paid, current);
    }
  },
});
