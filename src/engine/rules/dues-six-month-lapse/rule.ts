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
import { paymentsByMember, registerCell, requiredMonthRange, unpaidRuns } from "../common/duesRows";
import { isAwayOn } from "../common/membership";

type Options = { minMonths: number; unseenReminderMonths: number };

/** Whether the 党费台账 holds payments for months of the year before the reporting year. */
function holdsYearBefore(context: RuleContext<Options>): boolean {
  const year = context.year - 1;
  return (context.workbook.dues?.records ?? []).some(
    (r) => r.months !== undefined && r.months.from.year <= year && r.months.to.year >= year
  );
}

/**
 * The first month to look from: January of the reporting year, or — when the ledger holds the year
 * before and the member owed dues through its December — the first month owed then, so that a run
 * crossing the year's end is seen whole.
 */
function lookFrom(member: MemberRecord, year: number, from: number, seenBefore: boolean): number {
  if (!seenBefore) return from;
  const before = requiredMonthRange(member, year - 1);
  return before && before.to === from - 1 ? before.from : from;
}

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
  current: number,
  seenBefore: boolean
): void {
  const { year } = context;
  const range = requiredMonthRange(member, year);
  if (!range) return;
  const minMonths = Math.max(1, Math.floor(context.options.minMonths));
  const start = lookFrom(member, year, range.from, seenBefore);
  // Runs that ended before the reporting year are that year's check's business.
  const runs = unpaidRuns(start, Math.min(range.to, current - 1), paid).filter(
    (r) => r.to >= range.from
  );
  const who = {
    branch: member.branch || null,
    person: member.name,
    sheet: context.workbook.dues?.sheet ?? null,
  };
  const named = { name: member.name, branch: member.branch };

  const lapses = runs.filter((r) => r.to - r.from + 1 >= minMonths);
  for (const run of lapses) {
    // A member who has died is never told 按自行脱党处理; one away (出国（境）, 挂职借调, 因病,
    // 流动) at the run's end may pay later. Both are reminders for the branch to look into.
    const deceased = member.status === "deceased";
    const away = !deceased && isAwayOn(member, lastDayOfMonth(monthFromOrdinal(run.to)));
    context.period({
      ...who,
      // In the month-column register the run's first blank month cell is marked.
      ...registerCell(context.workbook, member, run.from),
      period: runPeriod(year, run.from, run.to),
      met: false,
      messageId: deceased ? "lapseDeceased" : away ? "lapseAway" : "lapse",
      data: {
        ...named,
        from: monthKey(monthFromOrdinal(run.from)),
        to: monthKey(monthFromOrdinal(run.to)),
        count: run.to - run.from + 1,
        ...(away && member.status ? { status: member.status } : {}),
      },
      ...(deceased || away ? { excused: true } : {}),
    });
  }

  // Without last year's months a run from January may have begun earlier: say what was not seen.
  const first = runs[0];
  const january = monthOrdinal({ year, month: 1 });
  const owedBefore = requiredMonthRange(member, year - 1)?.to === january - 1;
  const unseen = Math.max(1, Math.floor(context.options.unseenReminderMonths));
  if (!seenBefore && owedBefore && first && first.from === january) {
    const count = first.to - first.from + 1;
    if (count >= unseen && count < minMonths) {
      context.period({
        ...who,
        period: runPeriod(year, first.from, first.to),
        met: false,
        excused: true,
        messageId: "unseenBefore",
        data: {
          ...named,
          from: monthKey(monthFromOrdinal(first.from)),
          to: monthKey(monthFromOrdinal(first.to)),
          count,
          previousYear: year - 1,
          minMonths,
        },
      });
    }
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

export default defineRule({
  meta: {
    id: "dues-six-month-lapse",
    ledger: "dues",
    requires: ["dues", "members"],
    reads: {
      unitInfo: ["year"],
      members: [
        "name",
        "probationaryAdmitted",
        "transferredIn",
        "transferredOut",
        "status",
        "statusChanged",
      ],
      dues: ["name", "months", "paid", "remark"],
    },
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
    fix: {
      "zh-CN":
        "核对该党员是否确有6个月以上未交纳党费：漏登的补登交纳记录；确未交纳的，支部应及时了解情况、谈话提醒，无正当理由的按规定处理；出国（境）、流动等情况在党员名册中注明。",
      "en-US":
        "Check whether the member really paid nothing for six months or more: record any payment left out; if none was paid, the branch talks with the member at once and acts as the rules require when there is no good reason; record 出国（境）, 流动 and similar situations on the roster.",
    },
    clause: {
      citations: [
        { source: "DF", articles: [13] },
        { source: "JYGL", articles: [31] },
      ],
    },
    options: {
      unseenReminderMonths: {
        default: 3,
        description: {
          "zh-CN":
            "台账没有上一年的交纳记录时，自1月起连续未交达到多少个月提醒核实此前的月份（默认3个月）",
          "en-US":
            "When the ledger holds no payments of the year before, how many unpaid months from January prompt a reminder to check the months before (default 3)",
        },
      },
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
      lapseDeceased: {
        "zh-CN":
          "{name}（{branch}，已去世）生前自{from:period}至{to:period}连续{count}个月没有交纳党费的记录，请支部核实并在台账中注明情况",
        "en-US":
          "{name} ({branch}, deceased) has no dues payment recorded for {count} consecutive months before death, {from:period} to {to:period}; the branch should look into it and note the circumstances in the ledger",
      },
      lapseAway: {
        "zh-CN":
          "{name}（{branch}，{status:status}）自{from:period}至{to:period}连续{count}个月没有交纳党费的记录，请支部及时联系本人补交",
        "en-US":
          "{name} ({branch}, {status:status}) has no dues payment recorded for {count} consecutive months, {from:period} to {to:period}; the branch should contact them to pay",
      },
      unseenBefore: {
        "zh-CN":
          "{name}（{branch}）自{from:period}至{to:period}连续{count}个月没有交纳党费的记录；台账中没有{previousYear}年的交纳记录，请核实此前是否也未交纳（连续{minMonths}个月不交纳的须及时处理）",
        "en-US":
          "{name} ({branch}) has no dues payment recorded for {count} consecutive months, {from:period} to {to:period}; the ledger holds no payments of {previousYear}, so please check whether the months before were unpaid too ({minMonths} months in a row must be dealt with)",
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
    const seenBefore = holdsYearBefore(context);
    for (const { member, paid } of paymentsByMember(context.workbook)) {
      checkMember(context, member, paid, current, seenBefore);
    }
  },
});
