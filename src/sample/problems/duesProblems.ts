import { isoOf, workdaysOfMonth } from "../calendar";
import type { DraftRow, DuesMeta } from "../draft";
import { collectionDayOf, duesRow, monthStyleOf } from "../dues";
import { monthlyFen, yuan } from "../duesRate";
import type { SampleMember } from "../model";
import { monthKeyOf } from "../calendar";
import { onlyRow, type ProblemContext, type ProblemInjector, removeRows } from "./context";

function monthRow(
  context: ProblemContext,
  member: SampleMember,
  month: number
): DraftRow<DuesMeta> {
  return onlyRow(
    context.draft.dues,
    `${member.name}${month}月的党费`,
    (r) => r.meta.member === member && r.meta.from === month && r.meta.to === month
  );
}

/** Puts a row where the ledger's collection-by-collection order has it. */
function placeByPaidDay(rows: DraftRow<DuesMeta>[], row: DraftRow<DuesMeta>): void {
  const at = rows.findIndex((r) => r.meta.paid > row.meta.paid);
  rows.splice(at < 0 ? rows.length : at, 0, row);
}

const wrongBand: ProblemInjector = (context) => {
  const member = context.ordinaryMember();
  const row = monthRow(context, member, 7);
  // A base one fen over the band's top: the whole base takes the next band's rate.
  row.cells.base = 3000.01;
  row.cells.ratio = 0.005;
  row.cells.due = 15;
  row.cells.paid = 15;
  return [
    {
      ruleId: "dues-rate",
      ledger: "dues",
      at: row,
      description: `${member.name}7月党费基数3000.01元，超过3000元应按1%交纳30.00元，台账按0.5%计为15.00元`,
    },
  ];
};

const underpaid: ProblemInjector = (context) => {
  const member = context.ordinaryMember();
  const month = context.random.int(3, 5);
  const row = monthRow(context, member, month);
  const fen = monthlyFen(member.base, member.personCategory);
  // Paid at last year's lower base, as happens when a pay rise is not passed on.
  row.cells.paid = yuan(Math.round(fen * 0.8));
  return [
    {
      ruleId: "dues-paid-in-full",
      ledger: "dues",
      at: row,
      description: `${member.name}${month}月应交党费${yuan(fen).toFixed(2)}元，实交${yuan(Math.round(fen * 0.8)).toFixed(2)}元，少交`,
    },
  ];
};

const missingMonth: ProblemInjector = (context) => {
  const member = context.ordinaryMember();
  removeRows(context.draft.dues, [monthRow(context, member, 6)]);
  return [
    {
      ruleId: "dues-monthly",
      ledger: "dues",
      branch: member.branch,
      person: member.name,
      period: monthKeyOf(context.year, 6),
      description: `${member.name}（${member.branch}）缺少6月的党费交纳记录`,
    },
  ];
};

const sixMonthLapse: ProblemInjector = (context) => {
  const member = context.ordinaryMember();
  const months = [3, 4, 5, 6, 7, 8];
  removeRows(
    context.draft.dues,
    months.map((m) => monthRow(context, member, m))
  );
  const where = { ledger: "dues" as const, branch: member.branch, person: member.name };
  return [
    {
      ...where,
      ruleId: "dues-six-month-lapse",
      period: String(context.year),
      description: `${member.name}（${member.branch}）借调外单位期间3月至8月连续6个月没有交纳党费`,
    },
    {
      ...where,
      ruleId: "dues-monthly",
      description: `${member.name}（${member.branch}）3月至8月每月都缺少党费交纳记录（与上一条同一原因）`,
    },
  ];
};

const lateBackPayment: ProblemInjector = (context) => {
  const member = context.ordinaryMember();
  const row = monthRow(context, member, 1);
  removeRows(context.draft.dues, [row]);
  const paid = collectionDayOf(context.year, 8);
  row.meta.paid = paid;
  row.cells.paidDate = paid;
  row.cells.remark = "补交1月党费";
  placeByPaidDay(context.draft.dues, row);
  return [
    {
      ruleId: "dues-backpay-limit",
      ledger: "dues",
      at: row,
      description: `${member.name}1月的党费到${isoOf(paid)}（8月的党费集中交纳日）才补交，超过6个月的补交期限（7月31日）`,
    },
  ];
};

const offCollectionDay: ProblemInjector = (context) => {
  const member = context.ordinaryMember();
  const row = monthRow(context, member, 3);
  const day = context.random.pick(workdaysOfMonth(context.year, 3, 17, 21));
  row.cells.paidDate = day;
  row.cells.remark = "出差返沪后交纳";
  return [
    {
      ruleId: "dues-collection-day",
      ledger: "dues",
      at: row,
      description: `${member.name}3月的党费出差返沪后才交纳，不在党费集中交纳日（每月15日）`,
    },
  ];
};

const unapprovedQuarter: ProblemInjector = (context) => {
  const member = context.ordinaryMember();
  const months = [10, 11, 12].map((m) => monthRow(context, member, m));
  const at = context.draft.dues.indexOf(months[0] as DraftRow<DuesMeta>);
  removeRows(context.draft.dues, months);
  const row = duesRow(
    member,
    context.year,
    10,
    12,
    monthStyleOf(context.department, member.branch),
    context.random
  );
  row.cells.remark = "";
  context.draft.dues.splice(at, 0, row);
  return [
    {
      ruleId: "dues-quarterly-approval",
      ledger: "dues",
      at: row,
      description: `${member.name}10月一次交纳了10月至12月三个月的党费，备注中没有经支部同意的说明`,
    },
  ];
};

export const DUES_PROBLEMS: readonly ProblemInjector[] = [
  wrongBand,
  underpaid,
  missingMonth,
  sixMonthLapse,
  lateBackPayment,
  offCollectionDay,
  unapprovedQuarter,
];
