import { addMonths, isoDate } from "../../calendar/day";
import { defineRule } from "../types";
import { leftDay } from "../common/membership";
import { severityOption } from "../common/orgOptions";

/** 预备期 is one year (党章 第七条); an extension may not exceed one more year. */
const PROBATION_MONTHS = 12;
const LONGEST_EXTENSION_MONTHS = 12;

export default defineRule({
  meta: {
    id: "member-probation-overdue",
    ledger: "members",
    requires: ["members"],
    reads: {
      members: [
        "name",
        "branch",
        "memberCategory",
        "probationaryAdmitted",
        "transferredOut",
        "status",
        "statusChanged",
      ],
    },
    kind: "row",
    defaultSeverity: "warning",
    title: { "zh-CN": "预备党员按期转正", "en-US": "Probationary members confirmed on time" },
    description: {
      "zh-CN":
        "预备党员的预备期为一年，期满应及时讨论其能否转为正式党员；延长预备期最长不超过一年。党员名册中预备期满仍为预备党员的予以提示，满两年仍未转正的为不符合。",
      "en-US":
        "A probationary member's probation is one year; when it ends the branch decides on full membership without delay, and an extension may not exceed one more year. A roster entry still probationary after one year is a warning, after two an error.",
    },
    fix: {
      "zh-CN":
        "核对党员名册中的“接收预备党员日期”和“党员类别”。预备期已满的，支部应及时召开党员大会讨论其转正；已转正的，将党员类别改为“正式党员”。",
      "en-US":
        "Check 接收预备党员日期 and 党员类别 on the roster. When the probation has ended, the branch holds a general meeting on the member's confirmation soon; for a member already confirmed, set 党员类别 to 正式党员.",
    },
    clause: {
      citations: [
        {
          source: "DZ",
          articles: [7],
          quote: "预备党员的预备期为一年。党组织对预备党员应当认真教育和考察",
        },
      ],
    },
    options: {
      overdueSeverity: {
        default: "error",
        description: {
          "zh-CN": "预备期满两年（已超过最长延长期）仍未转正时的严重程度",
          "en-US": "Severity once two years have passed (beyond the longest extension)",
        },
      },
    },
    messages: {
      due: {
        "zh-CN":
          "{person}（{branch}）于{admitted:date}接收为预备党员，预备期已于{ends:date}届满，党员名册中仍为预备党员。请核实是否已讨论转正：已转正的请更新党员名册；延长预备期的请注明",
        "en-US":
          "{person} ({branch}) was admitted as a probationary member on {admitted:date}; the probation ended on {ends:date}, but the roster still shows a probationary member. Please check whether full membership was decided: update the roster, or note an extension",
      },
      overdue: {
        "zh-CN":
          "{person}（{branch}）于{admitted:date}接收为预备党员，至{limit:date}已满两年（预备期一年，延长最长不超过一年），党员名册中仍为预备党员，请支部及时讨论其转正或作出处理",
        "en-US":
          "{person} ({branch}) was admitted as a probationary member on {admitted:date}; by {limit:date} two years had passed (one year's probation, an extension of at most one more), and the roster still shows a probationary member. The branch must decide without delay",
      },
      dueSoon: {
        "zh-CN": "{person}（{branch}）的预备期将于{ends:date}届满，请支部做好讨论其转正的准备",
        "en-US":
          "{person} ({branch})'s probation ends on {ends:date}; the branch should prepare to decide on full membership",
      },
    },
  },
  check(context) {
    const { workbook, asOf, settings } = context;
    const sheet = workbook.members;
    if (!sheet) return;
    for (const member of sheet.records) {
      context.countRows();
      if (member.memberCategory !== "probationary" || !member.probationaryAdmitted) continue;
      // A member who has left the rolls is no longer the branch's to confirm.
      const left = leftDay(member);
      if (left !== undefined && left <= asOf) continue;
      const admitted = member.probationaryAdmitted.day;
      const ends = addMonths(admitted, PROBATION_MONTHS);
      const limit = addMonths(ends, LONGEST_EXTENSION_MONTHS);
      const at = {
        sheet: sheet.sheet,
        row: member.row,
        column: sheet.columns.memberCategory ?? null,
        branch: member.branch || null,
        person: member.name,
      };
      const data = {
        person: member.name,
        branch: member.branch,
        admitted: isoDate(admitted),
        ends: isoDate(ends),
        limit: isoDate(limit),
      };
      if (asOf > limit) {
        context.report({
          ...at,
          messageId: "overdue",
          data,
          severity: severityOption(context.options.overdueSeverity, "error"),
        });
      } else if (asOf > ends) {
        context.report({ ...at, messageId: "due", data });
      } else if (ends - asOf <= settings.reminderDays) {
        context.report({
          ...at,
          messageId: "dueSoon",
          data: { ...data, dueDate: isoDate(ends) },
          severity: "reminder",
        });
      }
    }
  },
});
