import type { DuesRecord } from "../../model/ledgers";
import { defineRule, type RuleContext } from "../types";
import {
  amountCovers,
  amountMatches,
  difference,
  monthlyDuesFor,
  paysAtLeast,
  timesMonths,
  type MonthlyDues,
} from "../common/duesRate";
import { isApprovedReduction } from "../common/duesRemarks";
import {
  duesCell,
  memberFinder,
  monthCount,
  personCategoryOf,
  rowPeriodKey,
  type MemberFinder,
  whoseRow,
} from "../common/duesRows";
import type { RuleOptions } from "../../basics";

/** The rule has no options of its own. */
type Options = RuleOptions;

/**
 * Whether 应交党费 on a multi-month row was written for one month rather than for the row: only
 * when it is the computed monthly amount and not the row's total. Otherwise it is read as the
 * total, the way 实交党费 beside it is written.
 */
function isPerMonthDue(due: number, months: number, dues: MonthlyDues | undefined): boolean {
  if (months <= 1 || !dues) return false;
  return amountMatches(dues, due, 1) && !amountMatches(dues, due, months);
}

function checkRow(
  context: RuleContext<Options>,
  record: DuesRecord,
  findMember: MemberFinder
): void {
  const { paid } = record;
  // An unread 实交 is structure-unreadable-cell's; an approved reduction or exemption may pay less.
  if (paid === undefined || isApprovedReduction(record.remark)) return;
  const months = monthCount(record) ?? 1;
  const dues = monthlyDuesFor(context.workbook)(
    record.base,
    personCategoryOf(record, findMember),
    context.settings.duesRounding
  );
  // Built only for a finding: most rows pass, and a million rows would make a million of these.
  const at = () => ({
    ...duesCell(context.workbook, record, "paid"),
    branch: record.branch,
    person: record.name,
    period: rowPeriodKey(record),
  });

  if (record.due !== undefined) {
    const perMonth = isPerMonthDue(record.due, months, dues);
    const total = perMonth ? timesMonths(record.due, months) : record.due;
    if (paysAtLeast(paid, total)) return;
    context.report({
      ...at(),
      messageId: perMonth ? "short-monthly" : "short",
      data: {
        ...whoseRow(record),
        paid,
        due: record.due,
        months,
        total,
        shortfall: difference(total, paid),
      },
    });
    return;
  }

  // Without 应交党费 the amount the rate table gives for the row's months is the floor.
  if (!dues || amountCovers(dues, paid, months)) return;
  const expected = timesMonths(dues.expected, months);
  context.report({
    ...at(),
    messageId: "short-computed",
    data: { ...whoseRow(record), paid, expected, months, shortfall: difference(expected, paid) },
  });
}

export default defineRule({
  meta: {
    id: "dues-paid-in-full",
    ledger: "dues",
    requires: ["dues"],
    reads: {
      members: ["name", "personCategory"],
      dues: ["name", "personCategory", "months", "base", "due", "paid", "remark"],
    },
    kind: "row",
    defaultSeverity: "error",
    title: { "zh-CN": "党费足额交纳", "en-US": "Dues paid in full" },
    description: {
      "zh-CN":
        "实交党费不少于应交党费；未填写应交党费的，不少于按党费基数和人员类别计算的金额。多交不作为问题。",
      "en-US":
        "The amount paid is at least the amount due, or, where none is stated, the amount the rate table gives. Paying more is allowed.",
    },
    fix: {
      "zh-CN":
        "核对实交党费与应交党费。确属少交的，应由党员补足差额，并在台账中登记补交记录；填写有误的，改正金额。",
      "en-US":
        "Compare the dues paid with the dues owed. If too little was paid, the member pays the difference and the back payment is recorded; if the figure was mistyped, correct it.",
    },
    clause: { citations: [{ source: "DF", articles: [2, 5, 6, 11] }] },
    options: {},
    messages: {
      short: {
        "zh-CN":
          "{name}{span:months}实交党费{paid:amount}少于应交党费{due:amount}，少交{shortfall:amount}",
        "en-US":
          "{name}, {span:months}: paid {paid:amount}, less than the {due:amount} due ({shortfall:amount} short)",
      },
      "short-monthly": {
        "zh-CN":
          "{name}{span:months}实交党费{paid:amount}少于应交党费（每月{due:amount}，{months}个月共{total:amount}），少交{shortfall:amount}",
        "en-US":
          "{name}, {span:months}: paid {paid:amount}, less than the dues due ({due:amount} a month, {total:amount} for {months} months; {shortfall:amount} short)",
      },
      "short-computed": {
        "zh-CN":
          "{name}{span:months}实交党费{paid:amount}少于按规定标准计算的应交党费{expected:amount}，少交{shortfall:amount}",
        "en-US":
          "{name}, {span:months}: paid {paid:amount}, less than the {expected:amount} the dues table gives ({shortfall:amount} short)",
      },
    },
    // The summary is emailed upward: amounts due and paid follow from a member's income.
    summaryMessages: {
      short: {
        "zh-CN": "{name}{span:months}的实交党费少于应交党费",
        "en-US": "{name}, {span:months}: paid less than the dues due",
      },
      "short-monthly": {
        "zh-CN": "{name}{span:months}的实交党费少于应交党费",
        "en-US": "{name}, {span:months}: paid less than the dues due",
      },
      "short-computed": {
        "zh-CN": "{name}{span:months}的实交党费少于按规定标准计算的应交党费",
        "en-US": "{name}, {span:months}: paid less than the dues table gives",
      },
    },
  },
  check(context) {
    const findMember = memberFinder(context.workbook);
    for (const record of context.workbook.dues?.records ?? []) {
      context.countRows();
      checkRow(context, record, findMember);
    }
  },
});
