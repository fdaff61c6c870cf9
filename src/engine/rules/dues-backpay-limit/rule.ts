import { isoDate } from "../../calendar/day";
import { monthKey, monthOrdinal } from "../../calendar/month";
import { defineRule } from "../types";
import { backpayDeadline } from "../common/duesCalendar";
import { duesCell, rowPeriodKey } from "../common/duesRows";

export default defineRule({
  meta: {
    id: "dues-backpay-limit",
    ledger: "dues",
    requires: ["dues"],
    reads: { dues: ["name", "months", "paidDate"] },
    forms: { dues: ["rows", "register"] },
    needs: { dues: ["paidDate"] },
    kind: "row",
    defaultSeverity: "warning",
    title: { "zh-CN": "补交党费不超过6个月", "en-US": "Back-payment within 6 months" },
    description: {
      "zh-CN": "补交党费的，交纳日期一般不得晚于所属月份结束后6个月。",
      "en-US":
        "Dues paid late are, as a rule, paid no later than 6 months after the end of the month they are for.",
    },
    fix: {
      "zh-CN":
        "核对交纳日期和所属月份是否填写准确。确属补交超过6个月且有正当原因的，在备注中写明，或在检查面板中将此提示标为“已说明”。",
      "en-US":
        "Check the payment date and the months paid for. If the back payment really is more than six months late for a good reason, say so in 备注 or mark this warning explained (已说明) in the pane.",
    },
    clause: { citations: [{ source: "DF", articles: [12], quote: "一般不得超过6个月" }] },
    options: {
      limitMonths: {
        default: 6,
        description: {
          "zh-CN": "所属月份结束后允许补交的月数（默认6个月）",
          "en-US":
            "Months after the end of the dues month within which back-payment is allowed (default 6)",
        },
      },
    },
    messages: {
      late: {
        "zh-CN": "{name}{month:period}的党费于{paidDate:date}交纳，超过补交期限{deadline:date}",
        "en-US":
          "{name}: dues for {month:period} were paid on {paidDate:date}, after the back-payment deadline of {deadline:date}",
      },
      "late-months": {
        "zh-CN":
          "{name}{from:period}至{month:period}的党费于{paidDate:date}交纳，超过补交期限{deadline:date}",
        "en-US":
          "{name}: dues for {from:period} to {month:period} were paid on {paidDate:date}, after the back-payment deadline of {deadline:date}",
      },
    },
  },
  check(context) {
    const limit = Math.max(0, Math.floor(context.options.limitMonths));
    for (const record of context.workbook.dues?.records ?? []) {
      context.countRows();
      const { months, paidDate } = record;
      // A date without a day cannot be put on either side of a deadline that falls mid-month.
      if (!months || !paidDate || paidDate.monthOnly) continue;
      // Reckoned from the row's last month: a range's earlier months get no shorter limit.
      const deadline = backpayDeadline(months.to, limit);
      if (paidDate.day <= deadline) continue;
      const single = monthOrdinal(months.from) === monthOrdinal(months.to);
      context.report({
        ...duesCell(context.workbook, record, "paidDate"),
        branch: record.branch,
        person: record.name,
        period: rowPeriodKey(record),
        messageId: single ? "late" : "late-months",
        data: {
          name: record.name,
          from: monthKey(months.from),
          month: monthKey(months.to),
          paidDate: isoDate(paidDate.day),
          deadline: isoDate(deadline),
        },
      });
    }
  },
});
