import { isoDate } from "../../calendar/day";
import { defineRule } from "../types";
import { daysFromCollectionDay } from "../shared/duesCalendar";
import { duesCell, rowPeriodKey } from "../shared/duesRows";

type Options = { collectionDayToleranceDays: number };

export default defineRule<Options>({
  meta: {
    id: "dues-collection-day",
    ledger: "dues",
    requires: ["dues"],
    forms: { dues: ["rows", "register"] },
    needs: { dues: ["paidDate"] },
    kind: "row",
    defaultSeverity: "warning",
    title: { "zh-CN": "在党费集中交纳日交纳", "en-US": "Paid on the dues collection day" },
    description: {
      "zh-CN": "单位信息设定了党费集中交纳日的，党费应在该日交纳；未设定的不检查。",
      "en-US":
        "Where 单位信息 sets a dues collection day, dues are paid on that day; without one nothing is checked.",
    },
    clause: { citations: [{ source: "SEED", clause: 12 }] },
    options: {
      collectionDayToleranceDays: {
        default: 0,
        description: {
          "zh-CN": "交纳日期与党费集中交纳日允许相差的天数（默认0天，如遇节假日顺延可设为3）",
          "en-US":
            "Days a payment may be off the collection day (default 0; e.g. 3 to allow for holidays)",
        },
      },
    },
    messages: {
      "off-day": {
        "zh-CN": "交纳日期{paidDate:date}不是党费集中交纳日（每月{day}日）",
        "en-US":
          "Paid on {paidDate:date}, not on the dues collection day (day {day} of each month)",
      },
      "off-day-tolerance": {
        "zh-CN":
          "交纳日期{paidDate:date}与党费集中交纳日（每月{day}日）相差{diff}天，超过允许的{tolerance}天",
        "en-US":
          "Paid on {paidDate:date}, {diff} days off the dues collection day (day {day} of each month); {tolerance} allowed",
      },
    },
  },
  check(context) {
    const day = context.settings.collectionDay;
    if (day === null || !Number.isInteger(day) || day < 1 || day > 31) return;
    const tolerance = Math.max(0, Math.floor(context.options.collectionDayToleranceDays));
    // Payment dates repeat across a ledger (a branch collects on a few days), so each is reckoned once.
    const distance = new Map<number, number>();
    for (const record of context.workbook.dues?.records ?? []) {
      context.countRows();
      const { paidDate } = record;
      // A month without a day says nothing about the day of payment.
      if (!paidDate || paidDate.monthOnly) continue;
      let diff = distance.get(paidDate.day);
      if (diff === undefined) {
        diff = daysFromCollectionDay(paidDate.day, day);
        distance.set(paidDate.day, diff);
      }
      if (diff <= tolerance) continue;
      context.report({
        ...duesCell(context.workbook, record, "paidDate"),
        branch: record.branch,
        person: record.name,
        period: rowPeriodKey(record),
        messageId: tolerance === 0 ? "off-day" : "off-day-tolerance",
        data: { paidDate: isoDate(paidDate.day), day, diff, tolerance },
      });
    }
  },
});
