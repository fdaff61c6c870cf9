import { day } from "../calendar/day";
import type { CellValue } from "../cell/types";
import { LEDGER_SCHEMAS } from "../schema/ledgerSchemas";
import type { TableLedgerId } from "./types";

/**
 * The grey example rows under each ledger's header in a blank template: what one record looks like,
 * with its dates, counts and combined types written as the check reads them. Each ends, right of
 * the table, in a cell starting 【示例】, by which the reader skips the row (read/exampleRow.ts);
 * the officer may keep it for reference or delete it.
 */

/** Right of the table on an example row. The reader skips any row holding a cell that starts so. */
export const EXAMPLE_MARKER = "【示例】此行为填写示例，检查时不计入，可以删除";
export const EXAMPLE_PREFIX = "【示例】";

/**
 * The example branch. Its name says it is one, since 支部信息's first column feeds every branch
 * drop-down: picked by mistake, it is an unknown branch the check names, never a silent skip.
 */
const BRANCH = "（示例）第一党支部";

type Example = Readonly<Record<string, CellValue>>;

function examplesOf(year: number): Record<TableLedgerId, readonly Example[]> {
  const y = year;
  return {
    branches: [
      {
        name: BRANCH,
        secretary: "张华",
        secretaryAppointed: day(y - 1, 3, 1),
        secretaryTitle: "处长",
        isPrincipal: "是",
        hasCommittee: "是",
        electionDate: day(y - 1, 3, 1),
        termYears: 3,
      },
    ],
    members: [
      {
        name: "张华",
        branch: BRANCH,
        group: "第一党小组",
        memberCategory: "正式党员",
        personCategory: "在职",
        partyRole: "书记",
        adminTitle: "处长",
        isLeader: "是",
        probationaryAdmitted: day(2005, 7, 1),
      },
    ],
    meetings: [
      {
        branch: BRANCH,
        types: "支部党员大会、党课",
        date: day(y, 3, 5),
        topic: "学习贯彻全会精神；书记讲党课",
        host: "张华",
        expected: 25,
        attended: 23,
        expectedVoting: 23,
        attendedVoting: 21,
        absentees: "李明（出差）、王芳（病假）",
        recorder: "赵静",
      },
      {
        branch: BRANCH,
        types: "党小组会",
        date: day(y, 3, 12),
        group: "第一党小组",
        topic: "交流学习体会",
        host: "刘强",
        expected: 9,
        attended: 9,
        recorder: "刘强",
      },
    ],
    lectures: [
      {
        branch: BRANCH,
        date: day(y, 3, 5),
        lecturer: "张华",
        lecturerTitle: "支部书记",
        title: "坚定理想信念，做合格党员",
        participants: 23,
        hours: 2,
      },
    ],
    dues: [
      {
        branch: BRANCH,
        name: "张华",
        personCategory: "在职",
        months: `${y}.03`,
        base: 12000,
        ratio: 0.02,
        due: 240,
        paid: 240,
        paidDate: day(y, 3, 15),
      },
      {
        branch: BRANCH,
        name: "王芳",
        personCategory: "离退休",
        months: `${y}.01-${y}.03`,
        base: 6000,
        ratio: 0.01,
        due: 180,
        paid: 180,
        paidDate: day(y, 3, 15),
        remark: "经支部同意按季度交纳",
      },
    ],
    training: [
      {
        name: "张华",
        branch: BRANCH,
        role: "支部书记",
        course: "市级机关党支部书记集中轮训",
        category: "集中轮训",
        start: day(y, 4, 8),
        end: day(y, 4, 12),
        hours: 40,
        organizer: "市级机关党校",
      },
    ],
    talks: [
      {
        branch: BRANCH,
        talker: "张华",
        counterparts: "李明、王芳",
        date: day(y, 6, 18),
        mode: "个别谈话",
        topic: "了解思想和工作情况，听取意见建议",
      },
    ],
  };
}

/** A blank template's example rows of a ledger, in schema column order ("" where left blank). */
export function ledgerExamples(ledger: TableLedgerId, year: number | null): CellValue[][] {
  const schema = LEDGER_SCHEMAS.find((s) => s.id === ledger);
  return examplesOf(year ?? 2025)[ledger].map((example) =>
    (schema?.columns ?? []).map((column) => example[column.field] ?? "")
  );
}
