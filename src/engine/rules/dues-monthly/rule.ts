import { lastDayOfMonth, monthFromOrdinal } from "../../calendar/month";
import { periodOf } from "../../calendar/period";
import { defineRule } from "../types";
import { paymentsByMember, registerCell, requiredMonthRange } from "../common/duesRows";
import { isAwayOn } from "../common/membership";

export default defineRule({
  meta: {
    id: "dues-monthly",
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
      dues: ["branch", "name", "months", "paid", "remark"],
    },
    summary: {
      order: 80,
      header: { "zh-CN": "党费足额交纳\n（人·月）", "en-US": "Dues paid in full (member-months)" },
      width: 18,
      show: { kind: "member-months", shortfallRule: "dues-paid-in-full" },
    },
    // An annual table cannot tell which months were paid.
    forms: { dues: ["rows", "register"] },
    kind: "period",
    defaultSeverity: "error",
    title: { "zh-CN": "按月交纳党费", "en-US": "Monthly dues payment" },
    description: {
      "zh-CN":
        "党员名册中的每名党员，自本年1月（或接收为预备党员、转入的当月）起至12月（或转出的当月）止，每月都有交纳党费的记录；经批准按季度等合并交纳的，所含各月均视为已交。",
      "en-US":
        "Every member in the roster has a dues payment for each month from January (or the month they were admitted or transferred in) to December (or the month they transferred out); a row covering several months pays for each of them.",
    },
    fix: {
      "zh-CN":
        "在党费台账中登记该党员该月的交纳记录（合并交纳的，在“所属月份”中写明起止月份，如“2024.01-2024.03”）。确未交纳的，应督促补交并登记。党员已转出、去世等的，在党员名册中填写党员状态和变动日期。",
      "en-US":
        "Record the member's payment for that month in 党费台账 (a combined payment gives the span in 所属月份, e.g. 2024.01-2024.03). If it was not paid, see that it is paid and recorded. For a member who left or died, set 党员状态 and 变动日期 on the roster.",
    },
    clause: { citations: [{ source: "DF", articles: [8, 12] }] },
    options: {},
    messages: {
      missing: {
        "zh-CN": "{name}（{branch}）{period:period}没有交纳党费的记录",
        "en-US": "{name} ({branch}) has no dues payment recorded for {period:period}",
      },
      missingAway: {
        "zh-CN":
          "{name}（{branch}，{status:status}）{period:period}没有交纳党费的记录，可事后补交，请支部跟进",
        "en-US":
          "{name} ({branch}, {status:status}) has no dues payment recorded for {period:period}; it may be paid later, please follow up",
      },
    },
  },
  check(context) {
    const { workbook, year } = context;
    const sheet = workbook.dues?.sheet ?? null;
    context.countRows(workbook.dues?.records.length ?? 0);
    for (const { member, paid } of paymentsByMember(workbook)) {
      const range = requiredMonthRange(member, year);
      if (!range) continue;
      for (let ordinal = range.from; ordinal <= range.to; ordinal++) {
        const month = monthFromOrdinal(ordinal);
        const period = periodOf("month", year, month.month);
        const met = paid.has(ordinal);
        // Away (出国（境）, 流动, 挂职借调, 因病) by the month's end: the month may be paid later.
        const away = !met && isAwayOn(member, lastDayOfMonth(month));
        context.period({
          period,
          met,
          branch: member.branch || null,
          person: member.name,
          sheet,
          // In the month-column register the blank month cell is marked.
          ...(met ? {} : registerCell(workbook, member, ordinal)),
          messageId: away ? "missingAway" : "missing",
          // A met month has no message; most months are met.
          data: met
            ? undefined
            : {
                name: member.name,
                branch: member.branch,
                period: period.key,
                ...(away && member.status ? { status: member.status } : {}),
              },
          ...(away ? { excused: true } : {}),
        });
      }
    }
  },
});
