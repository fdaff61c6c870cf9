import { formatTemplate } from "../../i18n/formatTemplate";
import { testRule } from "../../testing/ruleTester";
import type { BranchInput, MemberInput } from "../../testing/buildWorkbook";
import rule from "./rule";

const branch = (fields: Partial<BranchInput> = {}): BranchInput[] => [
  { name: "第一党支部", secretary: "张三", ...fields },
];
const roster = (fields: Partial<MemberInput> = {}): MemberInput[] => [
  { name: "张三", branch: "第一党支部", ...fields },
];

testRule(rule, [
  { name: "是否主要负责人 = 是 passes", workbook: { branches: branch({ isPrincipal: true }) } },
  { name: "a 处长 passes", workbook: { branches: branch({ secretaryTitle: "处长" }) } },
  {
    name: "an 办公室主任 among other posts passes",
    workbook: { branches: branch({ secretaryTitle: "党委委员、办公室主任" }) },
  },
  {
    name: "a deputy in charge (副处长（主持工作）) passes",
    workbook: { branches: branch({ secretaryTitle: "副处长（主持工作）" }) },
  },
  {
    name: "a 副处长 is not the principal leader",
    workbook: { branches: branch({ secretaryTitle: "副处长" }) },
    findings: [
      {
        messageId: "titleNotPrincipal",
        severity: "warning",
        kind: "row",
        sheet: "支部信息",
        row: 2,
        column: "D",
        branch: "第一党支部",
        person: "张三",
        data: { branch: "第一党支部", secretary: "张三", title: "副处长" },
      },
    ],
  },
  {
    name: "一级主任科员 is a grade, not a 主任",
    workbook: { branches: branch({ secretaryTitle: "一级主任科员" }) },
    findings: [{ messageId: "titleNotPrincipal", column: "D" }],
  },
  {
    name: "是否主要负责人 = 否 without a title",
    workbook: { branches: branch({ isPrincipal: false }) },
    findings: [{ messageId: "markedNo", column: "E", row: 2, person: "张三" }],
  },
  {
    name: "是否主要负责人 = 否 with a deputy's title",
    workbook: { branches: branch({ isPrincipal: false, secretaryTitle: "副局长" }) },
    findings: [
      {
        messageId: "markedNoWithTitle",
        column: "E",
        data: { branch: "第一党支部", secretary: "张三", title: "副局长" },
      },
    ],
  },
  {
    name: "否 but a 处长's title: either column saying so is enough",
    workbook: { branches: branch({ isPrincipal: false, secretaryTitle: "处长" }) },
  },
  { name: "neither column says anything: no guess", workbook: { branches: branch() } },
  {
    name: "neither column says anything, reportUnknown on",
    workbook: { branches: branch() },
    options: { reportUnknown: true },
    findings: [{ messageId: "unknown", column: "E", severity: "warning" }],
  },
  {
    name: "the roster's 行政职务 stands in for a missing title (principal)",
    workbook: { branches: branch(), members: roster({ adminTitle: "处长" }) },
  },
  {
    name: "the roster's 行政职务 stands in for a missing title (not principal)",
    workbook: { branches: branch(), members: roster({ adminTitle: "科员" }) },
    findings: [
      {
        messageId: "rosterTitleNotPrincipal",
        column: "B",
        data: { branch: "第一党支部", secretary: "张三", title: "科员" },
      },
    ],
  },
  {
    name: "the roster title is used when the secretary is registered only with another branch",
    workbook: {
      branches: branch(),
      members: roster({ branch: "机关第二党支部", adminTitle: "副处长" }),
    },
    findings: [{ messageId: "rosterTitleNotPrincipal" }],
  },
  {
    name: "a namesake in two other branches is not guessed at",
    workbook: {
      branches: branch(),
      members: [
        { name: "张三", branch: "第二党支部", adminTitle: "科员" },
        { name: "张三", branch: "第三党支部", adminTitle: "科员" },
      ],
    },
  },
  {
    name: "the branch sheet's own title wins over the roster's",
    workbook: {
      branches: branch({ secretaryTitle: "局长" }),
      members: roster({ adminTitle: "科员" }),
    },
  },
  {
    name: "useRosterTitle off ignores the roster",
    workbook: { branches: branch(), members: roster({ adminTitle: "科员" }) },
    options: { useRosterTitle: false },
  },
  {
    name: "the title words are configurable",
    workbook: { branches: branch({ secretaryTitle: "科长" }) },
    options: { principalTitleWords: ["科长"] },
  },
  {
    name: "a blank secretary is left to structure-unreadable-cell",
    workbook: { branches: branch({ secretary: undefined, secretaryTitle: "科员" }) },
  },
  {
    name: "every branch row is checked",
    workbook: {
      branches: [
        { name: "第一党支部", secretary: "张三", secretaryTitle: "处长" },
        { name: "第二党支部", secretary: "李四", secretaryTitle: "副主任" },
      ],
    },
    findings: [{ messageId: "titleNotPrincipal", row: 3, branch: "第二党支部", person: "李四" }],
  },
]);

describe("org-secretary-principal wording", () => {
  // 支部信息 is kept by the branch or the 机关党委, not by the secretary: the message says what the
  // sheet records, never that the secretary wrote 否 about himself or herself.
  test.each(["markedNo", "markedNoWithTitle"] as const)("%s says what 支部信息 records", (id) => {
    const data = { branch: "第一党支部", secretary: "张三", title: "副处长" };
    const text = formatTemplate(rule.meta.messages[id]?.["zh-CN"] ?? "", data, "zh-CN");
    expect(text).toMatch(/^支部信息中第一党支部的“是否主要负责人”为“否”，书记张三/);
    expect(text).not.toMatch(/一栏填写为/);
  });
});
