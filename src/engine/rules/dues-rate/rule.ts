import type { DuesRecord } from "../../model/ledgers";
import { defineRule, type RuleContext } from "../types";
import {
  amountMatches,
  monthlyDuesFor,
  sameRate,
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

/** Which message explains a wrong 应交党费: by how the amount is set and whether the row spans months. */
function amountMessageId(dues: MonthlyDues, months: number): string {
  const kind =
    dues.rate !== undefined ? "amount" : dues.expected === dues.expectedMax ? "flat" : "range";
  return months > 1 ? `${kind}-months` : kind;
}

function checkRow(
  context: RuleContext<Options>,
  record: DuesRecord,
  findMember: MemberFinder
): void {
  // An approved reduction or exemption (经批准少交/免交) sets its own amount: nothing to compare.
  if (isApprovedReduction(record.remark)) return;
  const category = personCategoryOf(record, findMember);
  const dues = monthlyDuesFor(context.workbook)(
    record.base,
    category,
    context.settings.duesRounding
  );
  if (!dues) return;
  // Built only for a finding: most rows pass, and a million rows would make a million of these.
  const where = () => ({
    branch: record.branch,
    person: record.name,
    period: rowPeriodKey(record),
  });

  const ratioWrong =
    dues.rate !== undefined && record.ratio !== undefined && !sameRate(record.ratio, dues.rate);
  // 应交党费 of a multi-month row may be written per month or for the whole row; either is right.
  const months = monthCount(record) ?? 1;
  const amountWrong =
    record.due !== undefined &&
    !amountMatches(dues, record.due, 1) &&
    !amountMatches(dues, record.due, months);
  if (!ratioWrong && !amountWrong) return;
  const amountData = {
    due: record.due ?? 0,
    base: record.base ?? 0,
    rate: dues.rate ?? 0,
    expected: dues.expected,
    expectedMax: dues.expectedMax,
    months,
    total: timesMonths(dues.expected, months),
    totalMax: timesMonths(dues.expectedMax, months),
  };
  if (ratioWrong) {
    // One fact, one finding: a wrong 交纳比例 is the cause, so it is the cell pointed at; an amount
    // computed from it is named in the same message rather than reported again.
    context.report({
      ...duesCell(context.workbook, record, "ratio"),
      ...where(),
      messageId: amountWrong ? (months > 1 ? "ratio-amount-months" : "ratio-amount") : "ratio",
      data: {
        ...(amountWrong ? amountData : { base: amountData.base }),
        ...whoseRow(record),
        ratio: record.ratio ?? 0,
        expectedRatio: dues.rate ?? 0,
      },
    });
    return;
  }
  context.report({
    ...duesCell(context.workbook, record, "due"),
    ...where(),
    messageId: amountMessageId(dues, months),
    data: { ...amountData, ...whoseRow(record) },
  });
}

export default defineRule({
  meta: {
    id: "dues-rate",
    ledger: "dues",
    requires: ["dues"],
    reads: {
      members: ["name", "personCategory"],
      dues: ["name", "personCategory", "months", "base", "ratio", "due", "remark"],
    },
    kind: "row",
    defaultSeverity: "error",
    title: { "zh-CN": "党费按规定比例计算", "en-US": "Dues at the prescribed rate" },
    description: {
      "zh-CN":
        "应交党费按党费基数和人员类别对应的比例计算（在职党员：3000元以下（含）0.5%，3000元以上至5000元（含）1%，5000元以上至10000元（含）1.5%，10000元以上2%；离退休党员：5000元以下（含）0.5%，5000元以上1%；学生、下岗失业和领取最低生活保障金的党员每月0.2元；农民党员每月0.2元至1元）；填写了交纳比例的，应与对应档次一致。",
      "en-US":
        "Dues due are the base times the rate for the member's band (serving: up to and including 3,000 0.5%, above 3,000 up to and including 5,000 1%, above 5,000 up to and including 10,000 1.5%, above 10,000 2%; retired: up to and including 5,000 0.5%, above 5,000 1%; students, the unemployed and those on subsistence allowance 0.20 a month; farmers 0.20–1.00 a month); a stated rate must be the band's rate.",
    },
    fix: {
      "zh-CN":
        "核对该行的党费基数、人员类别和交纳比例，按规定档次重新计算应交党费并改正；基数或类别填写有误的，改正后重新检查。",
      "en-US":
        "Check the row's dues base, member category and rate; recompute the dues at the prescribed band and correct them. Where the base or category was wrong, correct it and check again.",
    },
    clause: {
      citations: [
        { source: "DF", articles: [1, 7], range: true },
        { source: "SEED", clause: 12 },
      ],
    },
    options: {},
    messages: {
      ratio: {
        "zh-CN":
          "{name}{span:months}的交纳比例应为{expectedRatio:percent}（党费基数{base:amount}），台账填写为{ratio:percent}",
        "en-US":
          "{name}, {span:months}: the dues rate should be {expectedRatio:percent} (base {base:amount}); the ledger states {ratio:percent}",
      },
      amount: {
        "zh-CN":
          "{name}{span:months}的应交党费应为{expected:amount}（党费基数{base:amount}×{rate:percent}），台账填写为{due:amount}",
        "en-US":
          "{name}, {span:months}: dues due should be {expected:amount} (base {base:amount} × {rate:percent}); the ledger states {due:amount}",
      },
      "ratio-amount": {
        "zh-CN":
          "{name}{span:months}的交纳比例应为{expectedRatio:percent}（党费基数{base:amount}），台账填写为{ratio:percent}；应交党费相应应为{expected:amount}，台账填写为{due:amount}",
        "en-US":
          "{name}, {span:months}: the dues rate should be {expectedRatio:percent} (base {base:amount}); the ledger states {ratio:percent}, and dues due of {due:amount} instead of {expected:amount}",
      },
      "ratio-amount-months": {
        "zh-CN":
          "{name}{span:months}的交纳比例应为{expectedRatio:percent}（党费基数{base:amount}），台账填写为{ratio:percent}；应交党费相应应为每月{expected:amount}、{months}个月共{total:amount}，台账填写为{due:amount}",
        "en-US":
          "{name}, {span:months}: the dues rate should be {expectedRatio:percent} (base {base:amount}); the ledger states {ratio:percent}, and dues due of {due:amount} instead of {expected:amount} a month, {total:amount} for the {months} months",
      },
      "amount-months": {
        "zh-CN":
          "{name}{span:months}的应交党费应为每月{expected:amount}、{months}个月共{total:amount}（党费基数{base:amount}×{rate:percent}），台账填写为{due:amount}",
        "en-US":
          "{name}, {span:months}: dues due should be {expected:amount} a month, {total:amount} for the {months} months (base {base:amount} × {rate:percent}); the ledger states {due:amount}",
      },
      flat: {
        "zh-CN":
          "{name}{span:months}的应交党费台账填写为{due:amount}；学生、下岗失业和领取最低生活保障金的党员每月交纳党费{expected:amount}",
        "en-US":
          "{name}, {span:months}: the ledger states dues due of {due:amount}; students, unemployed members and members on subsistence allowance pay {expected:amount} a month",
      },
      "flat-months": {
        "zh-CN":
          "{name}{span:months}的应交党费台账填写为{due:amount}；学生、下岗失业和领取最低生活保障金的党员每月交纳党费{expected:amount}，{months}个月共{total:amount}",
        "en-US":
          "{name}, {span:months}: the ledger states dues due of {due:amount}; students, unemployed members and members on subsistence allowance pay {expected:amount} a month, {total:amount} for the {months} months",
      },
      range: {
        "zh-CN":
          "{name}{span:months}的应交党费台账填写为{due:amount}；农民党员每月交纳党费{expected:amount}至{expectedMax:amount}",
        "en-US":
          "{name}, {span:months}: the ledger states dues due of {due:amount}; farmers pay {expected:amount} to {expectedMax:amount} a month",
      },
      "range-months": {
        "zh-CN":
          "{name}{span:months}的应交党费台账填写为{due:amount}；农民党员每月交纳党费{expected:amount}至{expectedMax:amount}，{months}个月共{total:amount}至{totalMax:amount}",
        "en-US":
          "{name}, {span:months}: the ledger states dues due of {due:amount}; farmers pay {expected:amount} to {expectedMax:amount} a month, {total:amount} to {totalMax:amount} for the {months} months",
      },
    },
    // The summary is emailed upward: no base, rate or amount that would reveal a member's income.
    summaryMessages: {
      ratio: {
        "zh-CN": "{name}{span:months}的交纳比例与党费基数对应的档次不符",
        "en-US": "{name}, {span:months}: the dues rate does not match the band of the base",
      },
      "ratio-amount": {
        "zh-CN": "{name}{span:months}的交纳比例和应交党费与党费基数对应的档次不符",
        "en-US":
          "{name}, {span:months}: the dues rate and dues due do not match the band of the base",
      },
      "ratio-amount-months": {
        "zh-CN": "{name}{span:months}的交纳比例和应交党费与党费基数对应的档次不符",
        "en-US":
          "{name}, {span:months}: the dues rate and dues due do not match the band of the base",
      },
      amount: {
        "zh-CN": "{name}{span:months}的应交党费与党费基数、交纳比例不符",
        "en-US": "{name}, {span:months}: dues due do not match the base and the rate",
      },
      "amount-months": {
        "zh-CN": "{name}{span:months}的应交党费与党费基数、交纳比例不符",
        "en-US": "{name}, {span:months}: dues due do not match the base and the rate",
      },
      flat: {
        "zh-CN": "{name}{span:months}的应交党费与规定的定额不符",
        "en-US": "{name}, {span:months}: dues due do not match the fixed amount",
      },
      "flat-months": {
        "zh-CN": "{name}{span:months}的应交党费与规定的定额不符",
        "en-US": "{name}, {span:months}: dues due do not match the fixed amount",
      },
      range: {
        "zh-CN": "{name}{span:months}的应交党费不在规定的定额范围内",
        "en-US": "{name}, {span:months}: dues due are outside the fixed range",
      },
      "range-months": {
        "zh-CN": "{name}{span:months}的应交党费不在规定的定额范围内",
        "en-US": "{name}, {span:months}: dues due are outside the fixed range",
      },
    },
  },
  check(context) {
    const records = context.workbook.dues?.records ?? [];
    const findMember = memberFinder(context.workbook);
    // In the month-column register the months of a row share its base, rate and due: one check
    // (and at most one finding) per row, not one per month.
    const register = context.workbook.dues?.form === "register";
    const checkedRows = new Set<number>();
    for (const record of records) {
      if (register) {
        if (checkedRows.has(record.row)) continue;
        checkedRows.add(record.row);
      }
      context.countRows();
      checkRow(context, record, findMember);
    }
  },
});
