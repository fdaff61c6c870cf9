import { isoDate } from "../../calendar/day";
import { monthKey } from "../../calendar/month";
import { MEETING_TYPE_LABELS } from "../../i18n/labels";
import type { LedgerSheet, MeetingRecord } from "../../model/ledgers";
import { defineRule, type RuleContext } from "../types";
import {
  branchIdentity,
  duesIdentity,
  findDuplicates,
  lectureIdentity,
  meetingIdentity,
  memberIdentity,
  TOP_UP_WORDS,
  trainingIdentity,
} from "../common/structureIdentity";
import type { MessageData, RuleOptions } from "../../basics";

/** The part of the rule context that reporting needs. */
type Reporter<M extends string> = Pick<RuleContext<RuleOptions, M>, "report" | "countRows">;

/** What a duplicate's finding says about the record, besides where it is. */
interface Described<M extends string> {
  messageId: M;
  data: MessageData;
  branch?: string;
  person?: string;
}

/** Reports every later duplicate of one ledger, naming the first row. */
function reportDuplicates<R extends { row: number }, M extends string>(
  context: Reporter<M>,
  ledger: LedgerSheet<R> | undefined,
  identity: (record: R) => string | undefined,
  describe: (record: R) => Described<NoInfer<M>>,
  groupOf?: (record: R) => string
): void {
  if (!ledger) return;
  context.countRows(ledger.records.length);
  for (const { record, first } of findDuplicates(ledger.records, identity, groupOf)) {
    const { messageId, data, branch, person } = describe(record);
    context.report({
      kind: "structure",
      sheet: ledger.sheet,
      row: record.row,
      branch: branch ?? null,
      person: person ?? null,
      messageId,
      data: { sheet: ledger.sheet, row: record.row, firstRow: first.row, ...data },
    });
  }
}

/** Every identity but a branch's own names the branch: rows are compared within their branch. */
const byBranch = (record: { branch?: string }): string => record.branch ?? "";

/** The meeting's type as written, else the standard names of the types read from it. */
function meetingText(m: MeetingRecord): string {
  return m.typeText || (m.types ?? []).map((t) => MEETING_TYPE_LABELS[t]["zh-CN"]).join("、");
}

const FIX_ZH = "请核实后删除多余的一行";
const FIX_EN = "Please check and delete the extra row";

export default defineRule({
  meta: {
    id: "structure-duplicate-row",
    ledger: "structure",
    requires: [],
    reads: {
      branches: ["name"],
      members: ["name", "branch"],
      meetings: ["branch", "types", "date", "group"],
      lectures: ["branch", "date", "lecturer"],
      dues: ["branch", "name", "months", "remark"],
      training: ["name", "course", "category", "start"],
    },
    kind: "structure",
    defaultSeverity: "warning",
    title: { "zh-CN": "重复登记", "en-US": "Duplicate row" },
    description: {
      "zh-CN":
        "同一条记录在台账中登记了两次（如同一支部同一天的同一次会议、同一名党员同一月份的党费），会使次数、金额或学时多算。",
      "en-US":
        "The same record is entered twice in a ledger (the same meeting of a branch on the same day, the same member's dues for the same months…), which inflates counts, amounts or hours.",
    },
    fix: {
      "zh-CN":
        "核对两行是否为同一条记录；确属重复登记的，删除多余的一行；不是重复的，补充区分信息（如主题、所属月份）。",
      "en-US":
        "Check whether the two rows are the same record; delete the extra one if so, otherwise add what tells them apart (topic, months).",
    },
    clause: {
      citations: [],
      note: { "zh-CN": "台账数据一致性", "en-US": "Ledger data consistency" },
    },
    options: {
      topUpWords: {
        default: TOP_UP_WORDS,
        description: {
          "zh-CN": "党费台账备注中含有这些词语的，视为补交差额，不按重复登记处理",
          "en-US":
            "Words in a dues 备注 that mark a legitimate top-up payment rather than a duplicate",
        },
      },
    },
    messages: {
      branch: {
        "zh-CN":
          "“{sheet}”第{row}行与第{firstRow}行是同一个支部“{branch}”，重复登记。请删除多余的一行",
        "en-US":
          "Sheet “{sheet}”, row {row} repeats branch “{branch}” of row {firstRow}. Please delete the extra row",
      },
      member: {
        "zh-CN": `“{sheet}”第{row}行与第{firstRow}行是同一名党员（{branch}{person}），可能重复登记，会使党员人数等统计出错。${FIX_ZH}；如确为同一支部的两名同名党员，可忽略本提示`,
        "en-US": `Sheet “{sheet}”, row {row} repeats member {person} of {branch} from row {firstRow}, which distorts member counts. ${FIX_EN}; if they are two members of the same name, ignore this notice`,
      },
      meeting: {
        "zh-CN": `“{sheet}”第{row}行与第{firstRow}行是同一次会议（{branch}，{date:date}，{meeting}），可能重复登记，会使会议次数多算。${FIX_ZH}`,
        "en-US": `Sheet “{sheet}”, row {row} repeats the meeting of row {firstRow} ({branch}, {date:date}, {meeting}), which counts it twice. ${FIX_EN}`,
      },
      groupMeeting: {
        "zh-CN": `“{sheet}”第{row}行与第{firstRow}行是同一次会议（{branch}{group}，{date:date}，{meeting}），可能重复登记，会使会议次数多算。${FIX_ZH}`,
        "en-US": `Sheet “{sheet}”, row {row} repeats the meeting of row {firstRow} ({branch} {group}, {date:date}, {meeting}), which counts it twice. ${FIX_EN}`,
      },
      lecture: {
        "zh-CN": `“{sheet}”第{row}行与第{firstRow}行是同一次党课（{branch}，{date:date}，授课人{lecturer}），可能重复登记，会使党课次数多算。${FIX_ZH}`,
        "en-US": `Sheet “{sheet}”, row {row} repeats the party lecture of row {firstRow} ({branch}, {date:date}, given by {lecturer}), which counts it twice. ${FIX_EN}`,
      },
      dues: {
        "zh-CN": `“{sheet}”第{row}行与第{firstRow}行是同一笔党费（{branch}{person}，{month:period}），可能重复登记，会使实交党费多算。${FIX_ZH}；如系补交差额，请在备注中注明“补交”`,
        "en-US": `Sheet “{sheet}”, row {row} repeats the dues of row {firstRow} ({person}, {branch}, {month:period}), which counts the payment twice. ${FIX_EN}; for a top-up payment write 补交 in 备注`,
      },
      duesRange: {
        "zh-CN": `“{sheet}”第{row}行与第{firstRow}行是同一笔党费（{branch}{person}，{monthFrom:period}至{monthTo:period}），可能重复登记，会使实交党费多算。${FIX_ZH}；如系补交差额，请在备注中注明“补交”`,
        "en-US": `Sheet “{sheet}”, row {row} repeats the dues of row {firstRow} ({person}, {branch}, {monthFrom:period} to {monthTo:period}), which counts the payment twice. ${FIX_EN}; for a top-up payment write 补交 in 备注`,
      },
      training: {
        "zh-CN": `“{sheet}”第{row}行与第{firstRow}行是同一条培训记录（{person}，{course}，{category}，{start:date}开始），可能重复登记，会使培训学时多算。${FIX_ZH}`,
        "en-US": `Sheet “{sheet}”, row {row} repeats the training of row {firstRow} ({person}, {course}, {category}, from {start:date}), which counts its hours twice. ${FIX_EN}`,
      },
      trainingNoCourse: {
        "zh-CN": `“{sheet}”第{row}行与第{firstRow}行是同一条培训记录（{person}，{category}，{start:date}开始），可能重复登记，会使培训学时多算。${FIX_ZH}`,
        "en-US": `Sheet “{sheet}”, row {row} repeats the training of row {firstRow} ({person}, {category}, from {start:date}), which counts its hours twice. ${FIX_EN}`,
      },
    },
  },
  check(context) {
    const { workbook } = context;
    const topUpWords = context.options.topUpWords;

    reportDuplicates(context, workbook.branches, branchIdentity, (b) => ({
      messageId: "branch",
      data: { branch: b.name },
      branch: b.name,
    }));

    reportDuplicates(
      context,
      workbook.members,
      memberIdentity,
      (m) => ({
        messageId: "member",
        data: { branch: m.branch, person: m.name },
        branch: m.branch,
        person: m.name,
      }),
      byBranch
    );

    reportDuplicates(
      context,
      workbook.meetings,
      meetingIdentity,
      (m) => {
        const data = { branch: m.branch, date: isoDate(m.date?.day ?? 0), meeting: meetingText(m) };
        return m.group
          ? { messageId: "groupMeeting", data: { ...data, group: m.group }, branch: m.branch }
          : { messageId: "meeting", data, branch: m.branch };
      },
      byBranch
    );

    reportDuplicates(
      context,
      workbook.lectures,
      lectureIdentity,
      (l) => ({
        messageId: "lecture",
        data: { branch: l.branch, date: isoDate(l.date?.day ?? 0), lecturer: l.lecturer ?? "" },
        branch: l.branch,
      }),
      byBranch
    );

    reportDuplicates(
      context,
      workbook.dues,
      (d) => duesIdentity(d, topUpWords),
      (d) => {
        const from = d.months ? monthKey(d.months.from) : "";
        const to = d.months ? monthKey(d.months.to) : "";
        const data = { branch: d.branch, person: d.name };
        return from === to
          ? { messageId: "dues", data: { ...data, month: from }, branch: d.branch, person: d.name }
          : {
              messageId: "duesRange",
              data: { ...data, monthFrom: from, monthTo: to },
              branch: d.branch,
              person: d.name,
            };
      },
      byBranch
    );

    reportDuplicates(
      context,
      workbook.training,
      trainingIdentity,
      (t) => {
        const data = {
          person: t.name,
          category: t.category ?? "",
          start: isoDate(t.start?.day ?? 0),
        };
        const at = { branch: t.branch || undefined, person: t.name };
        return t.course
          ? { messageId: "training", data: { ...data, course: t.course }, ...at }
          : { messageId: "trainingNoCourse", data, ...at };
      },
      byBranch
    );
  },
});
