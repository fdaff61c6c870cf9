import { isoDate } from "../../calendar/day";
import { defineRule } from "../types";
import { isOfType, meetingColumn } from "../common/meetings";

export default defineRule({
  meta: {
    id: "meeting-democratic-life-observer",
    ledger: "meetings",
    requires: ["meetings"],
    reads: {
      unitInfo: ["agencyDeputySecretary"],
      meetings: ["types", "date", "attendees", "observers"],
    },
    kind: "row",
    defaultSeverity: "warning",
    title: {
      "zh-CN": "机关党委专职副书记列席民主生活会",
      "en-US": "Full-time deputy secretary attends the democratic life meeting",
    },
    description: {
      "zh-CN":
        "部门党组（党委）召开民主生活会，应保障机关党委专职副书记列席；会议台账记录列席人员的，列席人员中应有机关党委专职副书记。",
      "en-US":
        "The department's leading group holds its democratic life meeting with the agency party committee's full-time deputy secretary attending; where 会议台账 records 列席人员, the deputy secretary is among them.",
    },
    fix: {
      "zh-CN":
        "在民主生活会的“列席人员”中填写机关党委专职副书记的姓名，并在单位信息中填写“机关党委专职副书记”；确未列席的，应在今后的民主生活会中保障其列席。",
      "en-US":
        "Put the agency party committee's full-time deputy secretary among the 列席人员 of the democratic life meeting, and fill in 机关党委专职副书记 on 单位信息; if they did not attend, see that they attend the next one.",
    },
    clause: {
      citations: [
        { source: "SEED", clause: 3, quote: "切实提高民主生活会、组织生活会质量" },
        {
          source: "SEED",
          clause: 17,
          quote: "保障机关党委专职副书记列席部门党组（党委）民主生活会",
        },
      ],
    },
    options: {},
    messages: {
      absent: {
        "zh-CN":
          "{date:date}召开的民主生活会，列席人员中没有机关党委专职副书记{deputy}。请核实是否已按规定列席；已列席的，请在“列席人员”中写明",
        "en-US":
          "The democratic life meeting of {date:date} does not list the agency committee's full-time deputy secretary {deputy} among those attending (列席人员). Please check that the deputy secretary attended as required, and if so record it",
      },
      unset: {
        "zh-CN":
          "会议台账记录了民主生活会的列席人员，但单位信息中未填写“机关党委专职副书记”，无法核对其列席情况，请补填",
        "en-US":
          "会议台账 records who attended the democratic life meeting (列席人员), but 单位信息 does not name the agency committee's full-time deputy secretary, so the attendance cannot be checked; please fill it in",
      },
    },
  },
  check(context) {
    const { workbook } = context;
    const ledger = workbook.meetings;
    // Only where the ledger records 列席人员 at all: a sheet without the column says nothing.
    const column = meetingColumn(workbook, "observers");
    if (!ledger || column === null) return;
    const meetings = ledger.records.filter(
      (m) => isOfType(m, "democratic-life") && m.date !== undefined
    );
    context.countRows(meetings.length);
    if (meetings.length === 0) return;
    const deputy = workbook.unitInfo?.info.agencyDeputySecretary?.trim() ?? "";
    if (deputy === "") {
      context.report({
        kind: "structure",
        messageId: "unset",
        sheet: workbook.unitInfo?.sheet ?? null,
        row: workbook.unitInfo?.info.rows.agencyDeputySecretary ?? null,
      });
      return;
    }
    for (const meeting of meetings) {
      const present = [...(meeting.observers ?? []), ...(meeting.attendees ?? [])];
      if (present.includes(deputy)) continue;
      context.report({
        sheet: ledger.sheet,
        row: meeting.row,
        column,
        branch: null,
        person: deputy,
        messageId: "absent",
        data: { date: isoDate(meeting.date?.day ?? 0), deputy },
      });
    }
  },
});
