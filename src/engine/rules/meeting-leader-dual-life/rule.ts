import type { LedgerWorkbook, MemberRecord } from "../../model/ledgers";
import { defineRule } from "../types";
import { presenceAt, recordsAttendees } from "../common/attendance";
import {
  annualMeetings,
  DEFAULT_REVIEW_DEADLINE,
  isOrgLife,
  ORG_LIFE_TOPIC_WORDS,
  reviewPeriod,
} from "../common/annualMeetings";
import { isMemberOn } from "../common/membership";
import { membersOf } from "../common/roster";

/** The branch's 党员领导干部 (是否领导干部 = 是), each name once. */
function leadersOf(workbook: LedgerWorkbook, branch: string): MemberRecord[] {
  const seen = new Set<string>();
  return membersOf(workbook, branch).filter((m) => {
    if (m.isLeader !== true || m.name === "" || seen.has(m.name)) return false;
    seen.add(m.name);
    return true;
  });
}

export default defineRule({
  meta: {
    id: "meeting-leader-dual-life",
    ledger: "meetings",
    requires: ["meetings", "members"],
    reads: {
      unitInfo: ["year"],
      members: [
        "name",
        "branch",
        "isLeader",
        "probationaryAdmitted",
        "transferredIn",
        "transferredOut",
        "status",
        "statusChanged",
      ],
      meetings: ["branch", "types", "date", "topic", "absentees", "attendees"],
    },
    kind: "period",
    defaultSeverity: "warning",
    title: {
      "zh-CN": "党员领导干部参加双重组织生活",
      "en-US": "Leading cadres' dual organisational life",
    },
    description: {
      "zh-CN": "党员领导干部每年以普通党员身份参加所在党支部的组织生活会。",
      "en-US":
        "Every leading cadre attends an organisational life meeting of their own branch each year as an ordinary member.",
    },
    fix: {
      "zh-CN":
        "核对该领导干部所在支部组织生活会的“参加人员”是否写入其姓名；确未参加的，应以普通党员身份参加所在支部的组织生活会。",
      "en-US":
        "Check that the leader's name is among the 参加人员 of the branch's organisational life meeting; if the leader did not attend, they should attend it as an ordinary member.",
    },
    clause: {
      citations: [
        { source: "SEED", clause: 3 },
        { source: "JYGL", articles: [16] },
      ],
    },
    options: {
      deadline: {
        default: DEFAULT_REVIEW_DEADLINE,
        description: {
          "zh-CN":
            "年度组织生活会最迟在次年的哪一天前召开（月-日，默认03-31，与“每年召开组织生活会”一致）",
          "en-US":
            "The day of the next year by which the year's organisational life meeting is held (MM-DD, default 03-31, as for the annual meeting rule)",
        },
      },
    },
    messages: {
      absent: {
        "zh-CN":
          "党员领导干部{person}{period:period}未参加{branch}组织生活会（参加人员中没有其本人，或列为缺席）",
        "en-US":
          "Leading cadre {person} did not attend an organisational life meeting of {branch} in {period:period} (not among the recorded attendees, or listed as absent)",
      },
    },
  },
  check(context) {
    const { workbook } = context;
    const sheet = workbook.meetings?.sheet ?? null;
    const rosterNames = (workbook.members?.records ?? [])
      .map((m) => m.name)
      .filter((n) => n !== "");
    const { deadline } = context.options;
    const { period: year, remindFrom } = reviewPeriod(context.year, deadline);

    for (const branch of context.branches) {
      // The year's 组织生活会, as meeting-org-life-annual counts them ("N年度" held in N+1 counts).
      const orgLife = annualMeetings(workbook, branch, context.year, deadline, (m) =>
        isOrgLife(m, ORG_LIFE_TOPIC_WORDS)
      );
      context.countRows(orgLife.length);
      // specification.md: only evaluated when the branch's 组织生活会 rows record who attended.
      if (!orgLife.some(recordsAttendees)) continue;

      for (const leader of leadersOf(workbook, branch)) {
        // Only meetings held while the leader belonged to the branch could have been theirs.
        const theirs = orgLife.filter(
          (m) => m.date !== undefined && isMemberOn(leader, m.date.day)
        );
        if (theirs.length === 0) continue;
        const presences = theirs.map((m) => presenceAt(m, leader.name, rosterNames));
        const met = presences.includes("present");
        // A meeting that records no names might be the one they attended: no verdict then.
        if (!met && presences.includes("unknown")) continue;
        context.period({
          period: year,
          remindFrom,
          met,
          branch,
          person: leader.name,
          sheet,
          messageId: "absent",
          data: { branch, person: leader.name, period: year.key },
        });
      }
    }
  },
});
