import { monthKey } from "../../calendar/month";
import { defineRule } from "../types";
import { DEFAULT_APPROVAL_WORDS, saysApproved } from "../shared/duesRemarks";
import { duesCell, monthCount } from "../shared/duesRows";

type Options = { approvalKeywords: readonly string[] };

export default defineRule<Options>({
  meta: {
    id: "dues-quarterly-approval",
    ledger: "dues",
    requires: ["dues"],
    // An annual table is one twelve-month row by its form, not by the member's choice.
    forms: { dues: ["rows", "register"] },
    kind: "row",
    defaultSeverity: "warning",
    title: {
      "zh-CN": "合并交纳党费经支部同意",
      "en-US": "Branch consent to paying several months at once",
    },
    description: {
      "zh-CN": "一次交纳多个月党费（如按季度交纳）的，备注应注明经支部同意或批准。",
      "en-US":
        "A payment covering several months (e.g. a quarter) carries a remark that the branch agreed to or approved it.",
    },
    clause: { citations: [{ source: "DF", articles: [12] }] },
    options: {
      approvalKeywords: {
        default: DEFAULT_APPROVAL_WORDS,
        description: {
          "zh-CN": "备注中表示已经支部同意的用语（默认：同意、批准）",
          "en-US": "Words in the remark that record the branch's consent (default: 同意, 批准)",
        },
      },
    },
    messages: {
      unapproved: {
        "zh-CN": "{from:period}至{to:period}共{count}个月的党费合并交纳，备注未注明经支部同意",
        "en-US":
          "Dues for {count} months ({from:period} to {to:period}) were paid at once without a remark that the branch agreed",
      },
    },
  },
  check(context) {
    const words = context.options.approvalKeywords;
    for (const record of context.workbook.dues?.records ?? []) {
      context.countRows();
      const count = monthCount(record);
      if (!record.months || count === undefined || count < 2) continue;
      if (saysApproved(record.remark, words)) continue;
      const cell = duesCell(context.workbook, record, "remark");
      context.report({
        ...cell,
        // Without a 备注 column the months are the cell to look at.
        column: cell.column ?? duesCell(context.workbook, record, "months").column,
        branch: record.branch,
        person: record.name,
        messageId: "unapproved",
        data: { from: monthKey(record.months.from), to: monthKey(record.months.to), count },
      });
    }
  },
});
