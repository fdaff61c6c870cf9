import { defineRule } from "../types";
import { COMMITTEE_THRESHOLD, fullMembersOf } from "../common/roster";

export default defineRule({
  meta: {
    id: "org-committee-required",
    ledger: "branches",
    requires: ["branches", "members"],
    reads: {
      branches: ["name", "hasCommittee"],
      members: ["branch", "memberCategory", "transferredOut", "status", "statusChanged"],
    },
    kind: "row",
    defaultSeverity: "warning",
    title: {
      "zh-CN": "正式党员7人以上应设支委会",
      "en-US": "Committee required from 7 full members",
    },
    description: {
      "zh-CN":
        "正式党员7人以上的党支部应当设立支部委员会；支部信息填写“未设支委会”而党员名册中正式党员已达7人的，予以提示。",
      "en-US":
        "A branch with 7 or more full members must have a branch committee; a branch marked 是否设支委会 = 否 whose roster holds 7 or more full members is reported.",
    },
    fix: {
      "zh-CN":
        "核对党员名册中的正式党员人数。正式党员已达7人的，应按程序设立支部委员会，并在支部信息中将“是否设支委会”改为“是”。",
      "en-US":
        "Check the number of full members on the roster. A branch with seven or more should set up a committee as the procedure requires and set 是否设支委会 to 是 on 支部信息.",
    },
    clause: {
      citations: [
        { source: "ZB", chapter: 6, quote: "有正式党员7人以上的党支部，应当设立党支部委员会" },
      ],
    },
    options: {
      threshold: {
        default: COMMITTEE_THRESHOLD,
        description: {
          "zh-CN": "应当设立支委会的正式党员人数下限",
          "en-US": "Number of full members from which a branch must have a committee",
        },
      },
    },
    messages: {
      noCommittee: {
        "zh-CN":
          "{branch}按党员名册有正式党员{fullMembers}人。正式党员{threshold}人以上的党支部应当设立支部委员会，但支部信息中“是否设支委会”填写为“否”。请按规定选举产生支部委员会，或核实党员名册",
        "en-US":
          "{branch} has {fullMembers} full members in the roster. A branch with {threshold} or more full members must have a branch committee, but 支部信息 says 是否设支委会 = 否. Please elect a committee, or check the roster",
      },
    },
  },
  check(context) {
    const { workbook, options, asOf } = context;
    const sheet = workbook.branches;
    if (!sheet) return;
    for (const branch of sheet.records) {
      context.countRows();
      // Only an explicit 否 is checked: a blank cell is inferred from the roster by the meeting rules.
      if (branch.hasCommittee !== false) continue;
      // Members who left before the as-of date (or arrive after it) are not counted.
      const fullMembers = fullMembersOf(workbook, branch.name, asOf).length;
      if (fullMembers < options.threshold) continue;
      context.report({
        sheet: sheet.sheet,
        row: branch.row,
        column: sheet.columns.hasCommittee ?? null,
        branch: branch.name,
        messageId: "noCommittee",
        data: { branch: branch.name, fullMembers, threshold: options.threshold },
      });
    }
  },
});
