import { testRule } from "../../testing/ruleTester";
import rule from "./rule";

const branches = [{ name: "第一党支部", secretary: "张三" }];

testRule(rule, [
  {
    name: "distinct records pass",
    workbook: {
      branches: [...branches, { name: "第二党支部", secretary: "李四" }],
      members: [
        { name: "张三", branch: "第一党支部" },
        { name: "张三", branch: "第二党支部" },
      ],
      meetings: [
        { branch: "第一党支部", types: ["general"], date: "2024-03-05" },
        { branch: "第一党支部", types: ["committee"], date: "2024-03-05" },
        { branch: "第一党支部", types: ["general"], date: "2024-03-06" },
        { branch: "第二党支部", types: ["general"], date: "2024-03-05" },
        { branch: "第一党支部", types: ["group"], group: "第一党小组", date: "2024-03-05" },
        { branch: "第一党支部", types: ["group"], group: "第二党小组", date: "2024-03-05" },
      ],
      lectures: [
        { branch: "第一党支部", date: "2024-03-05", lecturer: "张三" },
        { branch: "第一党支部", date: "2024-03-05", lecturer: "李四" },
      ],
      dues: [
        { branch: "第一党支部", name: "张三", months: "2024-01", paid: 50 },
        { branch: "第一党支部", name: "张三", months: "2024-02", paid: 50 },
        { branch: "第一党支部", name: "张三", months: "2024-03..2024-05", paid: 150 },
      ],
      training: [
        { name: "张三", category: "集中轮训", course: "支部书记示范班", start: "2024-05-06" },
        { name: "张三", category: "集中轮训", course: "党务干部培训班", start: "2024-05-06" },
      ],
    },
  },
  {
    name: "a branch listed twice in 支部信息",
    workbook: {
      branches: [
        ...branches,
        { name: "第二党支部", secretary: "李四" },
        { name: "第一党支部", secretary: "王五" },
      ],
    },
    findings: [
      {
        messageId: "branch",
        severity: "warning",
        kind: "structure",
        sheet: "支部信息",
        row: 4,
        column: null,
        branch: "第一党支部",
        data: { sheet: "支部信息", row: 4, firstRow: 2, branch: "第一党支部" },
      },
    ],
  },
  {
    name: "a member entered twice in the same branch",
    workbook: {
      members: [
        { name: "张三", branch: "第一党支部" },
        { name: "李四", branch: "第一党支部" },
        { name: "张三", branch: "第一党支部" },
      ],
    },
    findings: [
      {
        messageId: "member",
        sheet: "党员名册",
        row: 4,
        person: "张三",
        data: { sheet: "党员名册", row: 4, firstRow: 2, branch: "第一党支部", person: "张三" },
      },
    ],
  },
  {
    name: "the same meeting twice, types in another order; every later copy names the first row",
    workbook: {
      meetings: [
        {
          branch: "第一党支部",
          types: ["general", "lecture"],
          typeText: "党员大会、党课",
          date: "2024-03-05",
        },
        {
          branch: "第一党支部",
          types: ["lecture", "general"],
          typeText: "党课、党员大会",
          date: "2024-03-05",
        },
        { branch: "第一党支部", types: ["general", "lecture"], date: "2024-03-05" },
      ],
    },
    findings: [
      {
        messageId: "meeting",
        sheet: "会议台账",
        row: 3,
        branch: "第一党支部",
        data: {
          sheet: "会议台账",
          row: 3,
          firstRow: 2,
          branch: "第一党支部",
          date: "2024-03-05",
          meeting: "党课、党员大会",
        },
      },
      {
        messageId: "meeting",
        row: 4,
        data: expect.objectContaining({ firstRow: 2, meeting: "支部党员大会、党课" }),
      },
    ],
  },
  {
    name: "the same 党小组会 of the same group twice",
    workbook: {
      meetings: [
        { branch: "第一党支部", types: ["group"], group: "第一党小组", date: "2024-03-05" },
        { branch: "第一党支部", types: ["group"], group: "第一党小组", date: "2024-03-05" },
      ],
    },
    findings: [
      { messageId: "groupMeeting", row: 3, data: expect.objectContaining({ group: "第一党小组" }) },
    ],
  },
  {
    name: "meetings dated by month only are not compared",
    workbook: {
      meetings: [
        { branch: "第一党支部", types: ["group"], group: "第一党小组", date: "2024-03" },
        { branch: "第一党支部", types: ["group"], group: "第一党小组", date: "2024-03" },
      ],
    },
  },
  {
    name: "the same lecture twice",
    workbook: {
      lectures: [
        { branch: "第一党支部", date: "2024-03-05", lecturer: "张三", title: "学习党章" },
        { branch: "第一党支部", date: "2024-03-05", lecturer: "张三", title: "学习党章（重复）" },
      ],
    },
    findings: [
      {
        messageId: "lecture",
        sheet: "党课台账",
        row: 3,
        data: expect.objectContaining({ lecturer: "张三", firstRow: 2 }),
      },
    ],
  },
  {
    name: "the same member's dues for the same month and the same span",
    workbook: {
      dues: [
        { branch: "第一党支部", name: "张三", months: "2024-01", paid: 50 },
        { branch: "第一党支部", name: "张三", months: "2024-02..2024-04", paid: 150 },
        { branch: "第一党支部", name: "张三", months: "2024-01", paid: 50 },
        { branch: "第一党支部", name: "张三", months: "2024-02..2024-04", paid: 150 },
      ],
    },
    findings: [
      {
        messageId: "dues",
        row: 4,
        person: "张三",
        branch: "第一党支部",
        data: expect.objectContaining({ month: "2024-01", firstRow: 2 }),
      },
      {
        messageId: "duesRange",
        row: 5,
        data: expect.objectContaining({ monthFrom: "2024-02", monthTo: "2024-04", firstRow: 3 }),
      },
    ],
  },
  {
    name: "a top-up row marked 补交 in 备注 is not a duplicate",
    workbook: {
      dues: [
        { branch: "第一党支部", name: "张三", months: "2024-01", paid: 30 },
        { branch: "第一党支部", name: "张三", months: "2024-01", paid: 20, remark: "补交差额" },
      ],
    },
  },
  {
    name: "the top-up words are an option",
    workbook: {
      dues: [
        { branch: "第一党支部", name: "张三", months: "2024-01", paid: 30 },
        { branch: "第一党支部", name: "张三", months: "2024-01", paid: 20, remark: "补交差额" },
      ],
    },
    options: { topUpWords: ["调整"] },
    findings: [{ messageId: "dues", row: 3 }],
  },
  {
    name: "the same training twice, with and without a course name",
    workbook: {
      training: [
        {
          name: "张三",
          branch: "第一党支部",
          category: "集中轮训",
          course: "支部书记示范班",
          start: "2024-05-06",
        },
        {
          name: "张三",
          branch: "第一党支部",
          category: "集中轮训",
          course: "支部书记示范班",
          start: "2024-05-06",
        },
        { name: "李四", category: "网络培训", start: "2024-06-01" },
        { name: "李四", category: "网络培训", start: "2024-06-01" },
      ],
    },
    findings: [
      {
        messageId: "training",
        row: 3,
        person: "张三",
        branch: "第一党支部",
        data: expect.objectContaining({ course: "支部书记示范班", start: "2024-05-06" }),
      },
      { messageId: "trainingNoCourse", row: 5, person: "李四", branch: null },
    ],
  },
  {
    name: "namesakes of two branches at one department-wide course are two people",
    workbook: {
      training: [
        {
          name: "张伟",
          branch: "第一党支部",
          category: "专题培训",
          course: "党员冬训",
          start: "2024-12-02",
        },
        {
          name: "张伟",
          branch: "第三党支部",
          category: "专题培训",
          course: "党员冬训",
          start: "2024-12-02",
        },
        {
          name: "张伟",
          branch: "第三党支部",
          category: "专题培训",
          course: "党员冬训",
          start: "2024-12-02",
        },
      ],
    },
    findings: [{ messageId: "training", row: 4, person: "张伟", branch: "第三党支部" }],
  },
  {
    name: "rows lacking an identity field are not compared",
    workbook: {
      lectures: [
        { branch: "第一党支部", date: "2024-03-05" },
        { branch: "第一党支部", date: "2024-03-05" },
      ],
      members: [
        { name: "", branch: "第一党支部" },
        { name: "", branch: "第一党支部" },
      ],
    },
  },
]);
