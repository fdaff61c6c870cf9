import { isoDate } from "../../calendar/day";
import type { MemberRecord } from "../../model/ledgers";
import { defineRule } from "../types";
import { leftDay } from "../common/membership";
import { rosterRowsNamed } from "../common/orgRoster";

/**
 * The row that left the rolls last, when every row has left by the as-of date (转出日期, or the
 * 变动日期 of 去世, 停止党籍, 出党), else undefined.
 */
function lastLeft(
  rows: readonly MemberRecord[],
  asOf: number
): { member: MemberRecord; day: number } | undefined {
  let last: { member: MemberRecord; day: number } | undefined;
  for (const member of rows) {
    const day = leftDay(member);
    if (day === undefined || day > asOf) return undefined;
    if (!last || day > last.day) last = { member, day };
  }
  return last;
}

export default defineRule({
  meta: {
    id: "org-secretary-in-roster",
    ledger: "branches",
    requires: ["branches", "members"],
    reads: {
      branches: ["name", "secretary"],
      members: ["name", "branch", "transferredOut", "status", "statusChanged"],
    },
    kind: "row",
    defaultSeverity: "warning",
    title: {
      "zh-CN": "支部书记在本支部党员名册中",
      "en-US": "Branch secretary is on the branch roster",
    },
    description: {
      "zh-CN": "支部信息中填写的支部书记，应是党员名册中该支部的党员。",
      "en-US": "The secretary named in 支部信息 is a member of that branch in the member roster.",
    },
    fix: {
      "zh-CN":
        "核对支部信息中书记的姓名与党员名册是否一致（同音字、空格等）；书记组织关系不在本支部的，应更正支部信息或转接组织关系。",
      "en-US":
        "Check that the secretary's name on 支部信息 is written as on the roster (homophones, spaces); if the secretary's membership is not in this branch, correct 支部信息 or transfer the membership.",
    },
    clause: {
      citations: [],
      note: {
        "zh-CN": "台账数据一致性（支部信息与党员名册相互核对）",
        "en-US": "Data consistency between 支部信息 and the member roster",
      },
    },
    options: {},
    messages: {
      notInRoster: {
        "zh-CN":
          "{branch}书记{secretary}不在党员名册中。请核对书记姓名是否写错，或将其补录入党员名册",
        "en-US":
          "{branch}: secretary {secretary} is not in the member roster. Please check the spelling of the name, or add the secretary to the roster",
      },
      otherBranch: {
        "zh-CN":
          "{branch}书记{secretary}在党员名册中登记在{otherBranch}，不在本支部。请核实书记的组织关系所在支部，并统一支部信息与党员名册",
        "en-US":
          "{branch}: secretary {secretary} is registered with {otherBranch} in the member roster, not with this branch. Please check which branch holds the secretary's membership and make 支部信息 and the roster agree",
      },
      statusEnded: {
        "zh-CN":
          "{branch}书记{secretary}在党员名册中的党员状态为“{status:status}”（变动日期{leftDate:date}）。请更新支部信息中的支部书记；如状态有误，请更正党员名册",
        "en-US":
          "{branch}: secretary {secretary} is recorded in the member roster as {status:status} (since {leftDate:date}). Please update the secretary in 支部信息, or correct the roster",
      },
      statusEndedUndated: {
        "zh-CN":
          "{branch}书记{secretary}在党员名册中的党员状态为“{status:status}”。请更新支部信息中的支部书记；如状态有误，请更正党员名册",
        "en-US":
          "{branch}: secretary {secretary} is recorded in the member roster as {status:status}. Please update the secretary in 支部信息, or correct the roster",
      },
      transferredOut: {
        "zh-CN":
          "{branch}书记{secretary}在党员名册中已于{leftDate:date}转出。如书记已调整，请更新支部信息；如未转出，请更正党员名册的转出日期",
        "en-US":
          "{branch}: secretary {secretary} left the branch on {leftDate:date} according to the member roster. Update 支部信息 if the secretary has changed, or correct the roster's 转出日期",
      },
    },
  },
  check(context) {
    const { workbook, asOf } = context;
    const sheet = workbook.branches;
    if (!sheet) return;
    for (const branch of sheet.records) {
      context.countRows();
      const secretary = branch.secretary;
      // A blank secretary cell is the reader's structure-unreadable-cell business.
      if (!secretary) continue;
      const named = rosterRowsNamed(workbook, secretary);
      const here = named.filter((m) => m.branch === branch.name);
      const at = {
        sheet: sheet.sheet,
        row: branch.row,
        column: sheet.columns.secretary ?? null,
        branch: branch.name,
        person: secretary,
      };
      const data = { branch: branch.name, secretary };

      if (here.length > 0) {
        const left = lastLeft(here, asOf);
        if (left === undefined) continue;
        const { member, day } = left;
        // A 转出日期 that is the day of leaving is what the roster says; otherwise the 党员状态.
        const byStatus =
          member.status !== undefined &&
          (member.transferredOut === undefined || member.transferredOut.day > day);
        if (!byStatus) {
          context.report({
            ...at,
            messageId: "transferredOut",
            data: { ...data, leftDate: isoDate(day) },
          });
        } else if (member.statusChanged === undefined) {
          context.report({
            ...at,
            messageId: "statusEndedUndated",
            data: { ...data, status: member.status ?? "" },
          });
        } else {
          context.report({
            ...at,
            messageId: "statusEnded",
            data: { ...data, status: member.status ?? "", leftDate: isoDate(day) },
          });
        }
        continue;
      }
      const elsewhere = [...new Set(named.map((m) => m.branch).filter((b) => b !== ""))];
      if (elsewhere.length > 0) {
        context.report({
          ...at,
          messageId: "otherBranch",
          data: { ...data, otherBranch: elsewhere.join("/") },
        });
      } else {
        context.report({ ...at, messageId: "notInRoster", data });
      }
    }
  },
});
