import { periodOf } from "../../calendar/period";
import type { LedgerWorkbook, MemberRecord } from "../../model/ledgers";
import { defineRule } from "../types";
import {
  datedTrainings,
  hoursInYear,
  membershipInYear,
  monthsSpanned,
  roundTo,
} from "../common/training";
import { isAwayOn } from "../common/membership";

/**
 * Whether the member is one of the 基层党组织书记和班子成员 JYGL 第二十条 asks 56 学时 of: 党内职务
 * 书记, 副书记 or 委员 in the roster, or named as a branch's secretary in 支部信息.
 */
function isOfficer(workbook: LedgerWorkbook, member: MemberRecord): boolean {
  const role = member.partyRole;
  if (role === "secretary" || role === "deputy-secretary" || role === "committee-member")
    return true;
  return (workbook.branches?.records ?? []).some(
    (b) => b.secretary === member.name && b.name === member.branch
  );
}

export default defineRule({
  meta: {
    id: "training-member-hours",
    ledger: "training",
    requires: ["members", "training"],
    reads: {
      unitInfo: ["year"],
      branches: ["name", "secretary"],
      members: [
        "name",
        "branch",
        "personCategory",
        "partyRole",
        "probationaryAdmitted",
        "transferredIn",
        "transferredOut",
        "status",
        "statusChanged",
      ],
      training: ["name", "branch", "category", "start", "hours"],
    },
    // Without 学时 every member would look short of hours.
    needs: { training: ["hours"] },
    kind: "period",
    defaultSeverity: "warning",
    title: { "zh-CN": "党员年度学习培训学时", "en-US": "Members' annual study hours" },
    description: {
      "zh-CN":
        "党员每年集中学习培训时间一般不少于32学时，基层党组织书记和班子成员（支部书记、副书记、委员）一般不少于56学时；网络培训是否计入可设置（默认计入），自学不计入；年中转入、转出的按在册月数折算。",
      "en-US":
        "Each member's study hours in the year are generally at least 32, and at least 56 for primary-level secretaries and committee members; online study counts unless switched off, self-study never; pro-rated by months on the roll for members who joined or left during the year.",
    },
    fix: {
      "zh-CN":
        "在培训台账中登记该党员本年度参加的各项学习培训及学时；学时确实不足的，应在年内安排补学。",
      "en-US":
        "Record in 培训台账 every training the member attended this year with its hours; if the hours really fall short, arrange more training within the year.",
    },
    clause: {
      citations: [{ source: "JYGL", articles: [20], quote: "一般不少于32学时" }],
    },
    options: {
      minHours: {
        default: 32,
        description: {
          "zh-CN": "每名党员每年应达到的学习培训学时",
          "en-US": "Study hours each member should reach in a year",
        },
      },
      prorate: {
        default: true,
        description: {
          "zh-CN": "年中转入、转出或接收为预备党员的，按当年在册月数折算应达学时",
          "en-US":
            "Pro-rate the required hours by months on the roll for members who joined or left during the year",
        },
      },
      officerMinHours: {
        default: 56,
        description: {
          "zh-CN": "基层党组织书记和班子成员（支部书记、副书记、委员）每年应达到的学时",
          "en-US": "Study hours a year for branch secretaries, deputies and committee members",
        },
      },
      countOnline: {
        default: true,
        description: {
          "zh-CN": "网络培训（培训类别含“网络”“线上”“在线”）的学时计入年度学时",
          "en-US": "Count online training (网络, 线上, 在线 in 培训类别) towards the year's hours",
        },
      },
      onlineKeywords: {
        default: ["网络", "线上", "在线"],
        description: {
          "zh-CN": "培训类别中表示网络培训的词语",
          "en-US": "Words of 培训类别 that mark online training",
        },
      },
      selfStudyKeywords: {
        default: ["自学"],
        description: {
          "zh-CN": "培训类别中表示自学的词语（自学不计入学时）",
          "en-US": "Words of 培训类别 that mark self-study, which never counts",
        },
      },
    },
    messages: {
      shortOfficer: {
        "zh-CN":
          "{person}（{branch}）为支部班子成员，{period:period}集中学习培训{hours}学时，少于基层党组织书记和班子成员每年{required}学时",
        "en-US":
          "{person} ({branch}, committee) logged {hours} study hours in {period:period}, fewer than the {required} asked of secretaries and committee members",
      },
      shortOfficerProrated: {
        "zh-CN":
          "{person}（{branch}）为支部班子成员，{period:period}在册{months}个月，集中学习培训{hours}学时，少于按月折算的{required}学时",
        "en-US":
          "{person} ({branch}, committee) was on the roll for {months} months of {period:period} and logged {hours} study hours, fewer than the pro-rated {required}",
      },
      short: {
        "zh-CN": "{person}（{branch}）{period:period}集中学习培训{hours}学时，少于{required}学时",
        "en-US":
          "{person} ({branch}) logged {hours} study hours in {period:period}, fewer than {required}",
      },
      shortRetired: {
        "zh-CN":
          "{person}（{branch}，离退休）{period:period}集中学习培训{hours}学时，少于{required}学时；对离退休党员不作硬性要求，请支部关心其学习",
        "en-US":
          "{person} ({branch}, retired) logged {hours} study hours in {period:period}, fewer than {required}; retired members are not held to the figure, but the branch should see to their study",
      },
      shortAway: {
        "zh-CN":
          "{person}（{branch}，{status:status}）{period:period}集中学习培训{hours}学时，少于{required}学时，请支部通过网络学习等方式督促补学",
        "en-US":
          "{person} ({branch}, {status:status}) logged {hours} study hours in {period:period}, fewer than {required}; the branch should help them make it up, e.g. by online study",
      },
      shortProrated: {
        "zh-CN":
          "{person}（{branch}）{period:period}在册{months}个月，集中学习培训{hours}学时，少于按月折算的{required}学时",
        "en-US":
          "{person} ({branch}) was on the roll for {months} months of {period:period} and logged {hours} study hours, fewer than the pro-rated {required}",
      },
    },
  },
  check(context) {
    const { workbook, options } = context;
    const trainings = datedTrainings(workbook);
    const year = periodOf("year", context.year, 1);
    const counting = {
      onlineKeywords: options.onlineKeywords,
      countOnline: options.countOnline,
      selfStudyKeywords: options.selfStudyKeywords,
    };
    const seen = new Set<string>();

    for (const member of workbook.members?.records ?? []) {
      // A blank name is reported by the reader; a member listed twice is checked once.
      const key = `${member.branch}\u0000${member.name}`;
      if (member.name === "" || seen.has(key)) continue;
      seen.add(key);
      context.countRows();
      const span = membershipInYear(member, year);
      if (!span) continue;

      const months = monthsSpanned(span.from, span.to);
      const prorated = options.prorate && months < 12;
      const officer = isOfficer(workbook, member);
      const full = officer ? options.officerMinHours : options.minHours;
      const required = prorated ? roundTo((full * months) / 12, 1) : full;
      const hours = hoursInYear(trainings, member, year, counting);
      // JYGL: retired members are "不作硬性要求"; members away (出国（境）, 挂职借调, 因病, 流动)
      // cannot be held to it either. Both are reminders, not warnings.
      const retired = member.personCategory === "retired";
      const away = !retired && isAwayOn(member, span.to);
      context.period({
        period: year,
        met: hours >= required,
        branch: member.branch === "" ? null : member.branch,
        person: member.name,
        sheet: workbook.training?.sheet ?? null,
        messageId: retired
          ? "shortRetired"
          : away
            ? "shortAway"
            : `short${officer ? "Officer" : ""}${prorated ? "Prorated" : ""}`,
        data: {
          person: member.name,
          branch: member.branch,
          period: year.key,
          hours,
          required,
          ...(prorated && !retired && !away ? { months } : {}),
          ...(away && member.status ? { status: member.status } : {}),
        },
        ...(retired || away ? { excused: true } : {}),
      });
    }
  },
});
