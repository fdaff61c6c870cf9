import type { MeetingInput, MemberInput } from "../../testing/buildWorkbook";
import { asOf, testRule } from "../../testing/ruleTester";
import rule from "./rule";

const branch = "第一党支部";
const branches = [{ name: branch, secretary: "张三" }];
const members: MemberInput[] = [
  { name: "王局长", branch, isLeader: true },
  { name: "李处长", branch, isLeader: false },
  { name: "赵一", branch },
];
const orgLife = (fields: Partial<MeetingInput> = {}): MeetingInput => ({
  branch,
  types: ["org-life"],
  date: "2024-01-25",
  ...fields,
});
const absent = {
  messageId: "absent",
  kind: "period" as const,
  branch,
  person: "王局长",
  period: "2024",
};

testRule(rule, [
  {
    name: "a leader listed among the attendees passes",
    workbook: { branches, members, meetings: [orgLife({ attendees: ["王局长", "赵一"] })] },
  },
  {
    name: "a leader missing from the recorded attendees → warning for the leader and year",
    workbook: { branches, members, meetings: [orgLife({ attendees: ["李处长", "赵一"] })] },
    settings: { asOf: asOf("2025-04-15") },
    findings: [
      { ...absent, severity: "warning", data: { branch, person: "王局长", period: "2024" } },
    ],
  },
  {
    name: "a leader named in 缺席人员及原因 is not present, even if also listed",
    workbook: {
      branches,
      members,
      meetings: [orgLife({ attendees: ["王局长", "赵一"], absentees: "王局长（因公出差）" })],
    },
    findings: [absent],
  },
  {
    name: "a longer roster name in 缺席人员 does not make the leader absent",
    workbook: {
      branches,
      members: [...members, { name: "王局长助理", branch }],
      meetings: [orgLife({ attendees: ["王局长", "赵一"], absentees: "王局长助理（病假）" })],
    },
  },
  {
    name: "when no 组织生活会 row records names, the branch is not evaluated",
    workbook: { branches, members, meetings: [orgLife({ absentees: "王局长（出差）" })] },
  },
  {
    name: "present at one of two recorded meetings passes",
    workbook: {
      branches,
      members,
      meetings: [
        orgLife({ attendees: ["赵一"] }),
        orgLife({ date: "2024-07-10", attendees: ["王局长"] }),
      ],
    },
  },
  {
    name: "a meeting without names might be the one attended: no verdict",
    workbook: {
      branches,
      members,
      meetings: [orgLife({ attendees: ["赵一"] }), orgLife({ date: "2024-07-10" })],
    },
  },
  {
    name: "named absent at the meeting without names settles it",
    workbook: {
      branches,
      members,
      meetings: [
        orgLife({ attendees: ["赵一"] }),
        orgLife({ date: "2024-07-10", absentees: "王局长、赵一（出差）" }),
      ],
    },
    findings: [absent],
  },
  {
    name: "last year's 组织生活会 does not count",
    workbook: {
      branches,
      members,
      meetings: [
        orgLife({ date: "2023-12-20", attendees: ["王局长"] }),
        orgLife({ attendees: ["赵一"] }),
      ],
    },
    findings: [absent],
  },
  {
    name: "another branch's 组织生活会 does not count",
    workbook: {
      branches: [...branches, { name: "第二党支部", secretary: "李四" }],
      members,
      meetings: [
        orgLife({ attendees: ["赵一"] }),
        orgLife({ branch: "第二党支部", attendees: ["王局长"] }),
      ],
    },
    findings: [absent],
  },
  {
    name: "a leader who joined the branch after its only 组织生活会 is not evaluated",
    workbook: {
      branches,
      members: [{ name: "王局长", branch, isLeader: true, transferredIn: "2024-03-01" }],
      meetings: [orgLife({ attendees: ["赵一"] })],
    },
  },
  {
    name: "a leader who left before the meeting is not evaluated",
    workbook: {
      branches,
      members: [{ name: "王局长", branch, isLeader: true, transferredOut: "2024-01-10" }],
      meetings: [orgLife({ attendees: ["赵一"] })],
    },
  },
  {
    name: "members whose 是否领导干部 is not 是 are not evaluated",
    workbook: { branches, members: members.slice(1), meetings: [orgLife({ attendees: ["赵一"] })] },
  },
  {
    name: "a combined 组织生活会、民主评议党员 row counts",
    workbook: {
      branches,
      members,
      meetings: [orgLife({ types: ["org-life", "appraisal"], attendees: ["王局长"] })],
    },
  },
  {
    name: "before the deadline (31 March of the next year) it is a reminder: a 2024年度 meeting may follow",
    workbook: { branches, members, meetings: [orgLife({ attendees: ["赵一"] })] },
    settings: { asOf: asOf("2025-01-15") },
    findings: [{ ...absent, severity: "reminder" }],
  },
  {
    name: "during the year nothing is reported yet",
    workbook: { branches, members, meetings: [orgLife({ attendees: ["赵一"] })] },
    settings: { asOf: asOf("2024-12-20") },
  },
  {
    name: "the 2024年度 meeting held in January 2025 counts for 2024",
    workbook: {
      branches,
      members,
      meetings: [
        orgLife({ attendees: ["赵一"] }),
        orgLife({
          date: "2025-01-12",
          topic: "2024年度组织生活会",
          attendees: ["王局长", "李处长"],
        }),
      ],
    },
    settings: { asOf: asOf("2025-04-15") },
  },
]);
