import { isoDate } from "../../calendar/day";
import { defineRule } from "../types";
import { daysFromCollectionDay } from "../common/duesCalendar";
import { duesCell, rowPeriodKey, whoseRow } from "../common/duesRows";

export default defineRule({
  meta: {
    id: "dues-collection-day",
    ledger: "dues",
    requires: ["dues"],
    reads: { unitInfo: ["collectionDay"], dues: ["name", "months", "paidDate"] },
    forms: { dues: ["rows", "register"] },
    needs: { dues: ["paidDate"] },
    kind: "row",
    defaultSeverity: "warning",
    title: { "zh-CN": "在党费集中交纳日交纳", "en-US": "Paid on the dues collection day" },
    description: {
      "zh-CN":
        "单位应设立党费集中交纳日（单位信息“党费集中交纳日”），党费在该日交纳；该日逢周六、周日顺延至下周一。未设立集中交纳日的，予以提示。",
      "en-US":
        "The unit sets a dues collection day (单位信息 党费集中交纳日) and dues are paid on it; a day falling on a Saturday or Sunday moves to the Monday. A unit without one is reported.",
    },
    fix: {
      "zh-CN":
        "在单位信息中填写“党费集中交纳日”（每月几日）；交纳日期不在集中交纳日的，核对日期是否填写准确，确有原因的在备注中说明。",
      "en-US":
        "Set 党费集中交纳日 (the day of the month) on 单位信息; for a payment made on another day, check the date and give the reason in 备注 where there is one.",
    },
    clause: { citations: [{ source: "SEED", clause: 12, quote: "设立党费集中交纳日" }] },
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
      unset: {
        "zh-CN":
          "本单位未设立党费集中交纳日（单位信息“党费集中交纳日”未填写）。请确定集中交纳日并在单位信息中填写，如“每月15日”",
        "en-US":
          "The unit has set no dues collection day (单位信息 党费集中交纳日 is blank). Please set one and enter it in 单位信息, e.g. 每月15日",
      },
      "off-day": {
        "zh-CN":
          "{name}{span:months}的党费于{paidDate:date}交纳，不是党费集中交纳日（每月{day}日，逢周末顺延）",
        "en-US":
          "{name}, {span:months}: paid on {paidDate:date}, not on the dues collection day (day {day} of each month)",
      },
      "off-day-tolerance": {
        "zh-CN":
          "{name}{span:months}的党费于{paidDate:date}交纳，与党费集中交纳日（每月{day}日）相差{diff}天，超过允许的{tolerance}天",
        "en-US":
          "{name}, {span:months}: paid on {paidDate:date}, {diff} days off the dues collection day (day {day} of each month); {tolerance} allowed",
      },
    },
  },
  check(context) {
    const { workbook, settings } = context;
    const day = settings.collectionDay;
    if (day === null || !Number.isInteger(day) || day < 1 || day > 31) {
      // SEED（十二）: a unit without a collection day is itself a finding — unless the caller
      // switched the day off, or the reader already reported an unreadable day in 单位信息.
      const unreadable = workbook.issues.some(
        (i) =>
          i.type === "unreadable-cell" && i.ledger === "unitInfo" && i.field === "collectionDay"
      );
      // Without a 单位信息 sheet nothing says whether the unit set a day: no finding either.
      if (settings.collectionDayOff || unreadable || !workbook.unitInfo) return;
      context.report({
        kind: "structure",
        messageId: "unset",
        sheet: workbook.unitInfo?.sheet ?? null,
        row: workbook.unitInfo?.info.rows.collectionDay ?? null,
      });
      return;
    }
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
        data: { ...whoseRow(record), paidDate: isoDate(paidDate.day), day, diff, tolerance },
      });
    }
  },
});
