import { monthKey } from "../../calendar/month";
import { defineRule } from "../types";
import { DEFAULT_APPROVAL_WORDS, saysApproved } from "../common/duesRemarks";
import { duesCell, monthCount } from "../common/duesRows";

export default defineRule({
  meta: {
    id: "dues-quarterly-approval",
    ledger: "dues",
    requires: ["dues"],
    reads: { dues: ["months", "remark"] },
    // An annual table is one twelve-month row by its form, not by the member's choice.
    forms: { dues: ["rows", "register"] },
    kind: "row",
    defaultSeverity: "warning",
    title: {
      "zh-CN": "按季度交纳党费须经支部同意",
      "en-US": "Quarterly payment of dues with the branch's consent",
    },
    description: {
      "zh-CN":
        "党费按月交纳；遇特殊情况经党支部同意，可以按季度交纳。一次交纳2至3个月的，备注应注明经支部同意；一次交纳超过3个月的为提示，超过6个月的为不符合。",
      "en-US":
        "Dues are paid monthly; in special circumstances and with the branch's consent, by the quarter. A row paying 2–3 months records that consent in its remark; more than 3 months at once is a warning, more than 6 an error.",
    },
    fix: {
      "zh-CN":
        "一次交纳2至3个月的，在备注中注明“经支部同意”；一次交纳超过3个月的，应改为按月或按季度交纳。",
      "en-US":
        "For a payment covering two or three months, write 经支部同意 in 备注; payments covering more than three months should be made monthly or quarterly instead.",
    },
    clause: {
      citations: [{ source: "DF", articles: [12], quote: "经党支部同意，可以每季度交纳一次党费" }],
    },
    options: {
      approvalKeywords: {
        default: DEFAULT_APPROVAL_WORDS,
        description: {
          "zh-CN": "备注中表示已经支部同意的用语（默认：同意、批准）",
          "en-US": "Words in the remark that record the branch's consent (default: 同意, 批准)",
        },
      },
      quarterMonths: {
        default: 3,
        description: {
          "zh-CN": "经支部同意可以一次交纳的最多月数（按季度交纳，默认3个月）",
          "en-US": "The most months one payment may cover with the branch's consent (a quarter: 3)",
        },
      },
      errorAboveMonths: {
        default: 6,
        description: {
          "zh-CN": "一次交纳超过多少个月按“不符合”处理（默认6个月）",
          "en-US": "Months above which one payment is an error (default 6)",
        },
      },
    },
    messages: {
      unapproved: {
        "zh-CN":
          "{name}{from:period}至{to:period}共{count}个月的党费合并交纳，备注未注明经支部同意",
        "en-US":
          "{name} paid dues for {count} months ({from:period} to {to:period}) at once without a remark that the branch agreed",
      },
      beyondQuarter: {
        "zh-CN":
          "{name}一次交纳了{from:period}至{to:period}共{count}个月的党费；经党支部同意只可按季度交纳，请按月或按季度收缴",
        "en-US":
          "{name} paid dues for {count} months ({from:period} to {to:period}) at once; with the branch's consent dues may be paid by the quarter at most. Please collect them monthly or quarterly",
      },
      beyondHalfYear: {
        "zh-CN":
          "{name}一次交纳了{from:period}至{to:period}共{count}个月的党费，超过{limit}个月；党费应按月交纳，经党支部同意只可按季度交纳",
        "en-US":
          "{name} paid dues for {count} months ({from:period} to {to:period}) at once, more than {limit}; dues are paid monthly, or by the quarter with the branch's consent",
      },
    },
  },
  check(context) {
    const { approvalKeywords: words } = context.options;
    const quarter = Math.max(1, Math.floor(context.options.quarterMonths));
    const errorAbove = Math.max(quarter, Math.floor(context.options.errorAboveMonths));
    for (const record of context.workbook.dues?.records ?? []) {
      context.countRows();
      const count = monthCount(record);
      if (!record.months || count === undefined || count < 2) continue;
      const where = {
        branch: record.branch,
        person: record.name,
        data: {
          name: record.name,
          from: monthKey(record.months.from),
          to: monthKey(record.months.to),
          count,
          limit: errorAbove,
        },
      };
      if (count > quarter) {
        // Beyond a quarter no consent makes it regular: the span is the fact, on 所属月份.
        context.report({
          ...duesCell(context.workbook, record, "months"),
          ...where,
          messageId: count > errorAbove ? "beyondHalfYear" : "beyondQuarter",
          ...(count > errorAbove ? { severity: "error" as const } : {}),
        });
        continue;
      }
      if (saysApproved(record.remark, words)) continue;
      const cell = duesCell(context.workbook, record, "remark");
      context.report({
        ...cell,
        // Without a 备注 column the months are the cell to look at.
        column: cell.column ?? duesCell(context.workbook, record, "months").column,
        ...where,
        messageId: "unapproved",
      });
    }
  },
});
