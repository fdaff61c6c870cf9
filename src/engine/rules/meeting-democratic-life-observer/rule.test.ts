import type { MeetingInput } from "../../testing/buildWorkbook";
import { testRule } from "../../testing/ruleTester";
import rule from "./rule";

const unitInfo = { unitName: "市某某局", agencyDeputySecretary: "钱副书记" };
const lifeMeeting = (fields: Partial<MeetingInput> = {}): MeetingInput => ({
  branch: "局党组",
  types: ["democratic-life"],
  date: "2024-12-26",
  ...fields,
});
// Test workbooks lay 会议台账 out in schema order: 列席人员 is the 14th column, N.

testRule(rule, [
  {
    name: "the deputy secretary among 列席人员 passes",
    workbook: { unitInfo, meetings: [lifeMeeting({ observers: ["孙处长", "钱副书记"] })] },
  },
  {
    name: "listed among 参加人员 instead also passes",
    workbook: {
      unitInfo,
      meetings: [lifeMeeting({ observers: ["孙处长"], attendees: ["王局长", "钱副书记"] })],
    },
  },
  {
    name: "列席人员 recorded without the deputy secretary → warning on the 列席人员 cell",
    workbook: { unitInfo, meetings: [lifeMeeting({ observers: ["孙处长"] })] },
    findings: [
      {
        messageId: "absent",
        severity: "warning",
        kind: "row",
        sheet: "会议台账",
        row: 2,
        column: "N",
        branch: null,
        person: "钱副书记",
        data: { date: "2024-12-26", deputy: "钱副书记" },
      },
    ],
  },
  {
    name: "a blank 列席人员 cell in a sheet that has the column → warning",
    workbook: {
      unitInfo,
      meetings: [
        lifeMeeting(),
        { branch: "第一党支部", types: ["general"], date: "2024-03-01", observers: ["某某"] },
      ],
    },
    findings: [{ messageId: "absent", row: 2 }],
  },
  {
    name: "a sheet without a 列席人员 column is not checked",
    workbook: { unitInfo, meetings: [lifeMeeting()], omitColumns: { meetings: ["observers"] } },
  },
  {
    name: "other meetings' 列席人员 are not checked",
    workbook: {
      unitInfo,
      meetings: [
        { branch: "第一党支部", types: ["org-life"], date: "2024-12-20", observers: ["某某"] },
      ],
    },
  },
  {
    name: "单位信息 without the deputy secretary → one structure warning",
    workbook: {
      unitInfo: { unitName: "市某某局" },
      meetings: [lifeMeeting({ observers: ["孙处长"] })],
    },
    findings: [{ messageId: "unset", kind: "structure", severity: "warning", sheet: "单位信息" }],
  },
]);
