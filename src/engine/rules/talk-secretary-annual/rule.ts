import { periodOf } from "../../calendar/period";
import type { TalkRecord } from "../../model/ledgers";
import { defineRule } from "../types";
import { isAwayOn } from "../common/membership";
import { membersOf } from "../common/roster";
import { membershipInYear } from "../common/training";

/** Whether a talk was between the two people, whoever of them held it. */
function between(talk: TalkRecord, a: string, b: string): boolean {
  const others = talk.counterparts ?? [];
  return (talk.talker === a && others.includes(b)) || (talk.talker === b && others.includes(a));
}

export default defineRule({
  meta: {
    id: "talk-secretary-annual",
    ledger: "talks",
    requires: ["talks", "branches", "members"],
    reads: {
      unitInfo: ["year"],
      branches: ["name", "secretary", "secretaryAppointed"],
      members: [
        "name",
        "branch",
        "probationaryAdmitted",
        "transferredIn",
        "transferredOut",
        "status",
        "statusChanged",
      ],
      talks: ["talker", "counterparts", "date"],
    },
    summary: {
      order: 78,
      header: { "zh-CN": "谈心谈话\n（人）", "en-US": "Talks (members)" },
      width: 9,
      show: { kind: "tally" },
    },
    kind: "period",
    defaultSeverity: "warning",
    title: { "zh-CN": "支部书记谈心谈话", "en-US": "Secretary's heart-to-heart talks" },
    description: {
      "zh-CN":
        "党支部书记每年与本支部每名委员、党员谈心谈话一般不少于1次（谈心谈话台账为选填台账，未提供的不检查）。",
      "en-US":
        "As a rule, the branch secretary talks at least once a year with every committee member and member of the branch (the talks ledger is optional; without it nothing is checked).",
    },
    fix: {
      "zh-CN":
        "在谈心谈话台账中登记支部书记与该党员的谈心谈话（谈话人填书记，谈话对象填党员姓名）。尚未谈话的，应在年内安排。",
      "en-US":
        "Record the branch secretary's talk with the member in 谈心谈话台账 (谈话人: the secretary, 谈话对象: the member). If there has been no talk, arrange one within the year.",
    },
    clause: {
      citations: [
        { source: "SEED", clause: 9, quote: "坚持完善谈心谈话制度" },
        {
          source: "ZB",
          articles: [19],
          quote: "党支部委员之间、党支部委员和党员之间、党员和党员之间，每年谈心谈话一般不少于1次",
        },
      ],
    },
    options: {},
    messages: {
      missing: {
        "zh-CN": "{branch}书记{secretary}{period:period}没有与{person}谈心谈话的记录",
        "en-US":
          "{secretary}, secretary of {branch}, has no talk with {person} recorded in {period:period}",
      },
      missingAway: {
        "zh-CN":
          "{branch}书记{secretary}{period:period}没有与{person}（{status:status}）谈心谈话的记录，可通过电话、视频等方式谈话",
        "en-US":
          "{secretary}, secretary of {branch}, has no talk with {person} ({status:status}) recorded in {period:period}; a call or video talk will do",
      },
    },
  },
  check(context) {
    const { workbook } = context;
    const year = periodOf("year", context.year, 1);
    const talks = (workbook.talks?.records ?? []).filter(
      (t) => t.date !== undefined && t.date.day >= year.start && t.date.day <= year.end
    );
    context.countRows(talks.length);
    const sheet = workbook.talks?.sheet ?? null;

    for (const branch of workbook.branches?.records ?? []) {
      const secretary = branch.secretary ?? "";
      if (branch.name === "" || secretary === "") continue;
      const seen = new Set<string>([secretary]);
      for (const member of membersOf(workbook, branch.name)) {
        // The secretary needs no talk with themselves; a member listed twice is asked once.
        if (member.name === "" || seen.has(member.name)) continue;
        seen.add(member.name);
        // Only members on the rolls in the year; 转出/去世 and the like leave them.
        const span = membershipInYear(member, year);
        if (!span) continue;
        // A member who left before this secretary took office could not talk with them.
        if (branch.secretaryAppointed && span.to < branch.secretaryAppointed.day) continue;
        const away = isAwayOn(member, span.to) && member.status !== undefined;
        context.period({
          period: year,
          met: talks.some((t) => between(t, secretary, member.name)),
          branch: branch.name,
          person: member.name,
          sheet,
          messageId: away ? "missingAway" : "missing",
          data: {
            branch: branch.name,
            secretary,
            person: member.name,
            period: year.key,
            ...(away && member.status ? { status: member.status } : {}),
          },
          ...(away ? { excused: true } : {}),
        });
      }
    }
  },
});
