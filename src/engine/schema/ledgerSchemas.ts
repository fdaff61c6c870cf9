import type { LedgerId, ValueKind } from "../model/ledgers";

/** One column of a standard ledger: its canonical header, the aliases accepted, and how cells read. */
export interface ColumnSchema {
  field: string;
  header: string;
  aliases: readonly string[];
  required: boolean;
  kind: ValueKind;
}

export interface LedgerSchema {
  id: LedgerId;
  /**
   * A ledger a unit may keep or not (谈心谈话台账): its absence is no finding, and the summary shows
   * its rules' columns as 未提供.
   */
  optional?: boolean;
  /** The template's sheet name. */
  sheet: string;
  sheetAliases: readonly string[];
  columns: readonly ColumnSchema[];
}

/** Headers that name the branch, the person and yes/no in every sheet (specification.md, "Columns that recur"). */
export const BRANCH_ALIASES = [
  "支部",
  "党支部",
  "所属党支部",
  "所在支部",
  "党支部名称",
  "支部名称",
] as const;
export const NAME_ALIASES = ["姓名", "党员姓名"] as const;

export const column = (
  field: string,
  header: string,
  kind: ValueKind,
  aliases: readonly string[] = [],
  required = false
): ColumnSchema => ({ field, header, aliases, required, kind });

export const required = (
  field: string,
  header: string,
  kind: ValueKind,
  aliases: readonly string[] = []
): ColumnSchema => column(field, header, kind, aliases, true);

/** 单位信息 is key/value pairs; its keys are matched like headers. */
export const UNIT_INFO_SCHEMA: LedgerSchema = {
  id: "unitInfo",
  sheet: "单位信息",
  sheetAliases: ["基本信息"],
  columns: [
    column("unitName", "单位名称", "text", ["单位", "部门名称"]),
    column("departmentSecretary", "部门党组（党委）书记", "name", [
      "部门党组书记",
      "部门党委书记",
      "党组书记",
      "党组（党委）书记",
    ]),
    column("agencySecretary", "机关党委书记", "name"),
    column("year", "年度", "count", ["检查年度", "年份"]),
    column("collectionDay", "党费集中交纳日", "text", ["党费交纳日", "集中交纳日"]),
    column("lectureFrequency", "党课频率", "text", ["支部党课频率"]),
    column("agencyDeputySecretary", "机关党委专职副书记", "name", ["专职副书记"]),
    column("agencyElectionDate", "机关党委本届选举日期", "date", [
      "机关党委选举日期",
      "机关党委换届日期",
    ]),
    column("agencyTermYears", "机关党委任期（年）", "years", ["机关党委任期"]),
    // The 汇总表's sign-off block: who fills it in and who checks it, for the level above to call.
    column("reporter", "填报人", "name", ["填表人"]),
    column("reporterPhone", "联系电话", "text", ["填报人电话", "填报人联系电话"]),
    column("reviewer", "审核人", "name"),
    column("reportDate", "填报日期", "date", ["报送日期"]),
  ],
};

export const BRANCHES_SCHEMA: LedgerSchema = {
  id: "branches",
  sheet: "支部信息",
  sheetAliases: ["支部名册", "党组织信息"],
  columns: [
    required("name", "支部名称", "text", BRANCH_ALIASES),
    required("secretary", "书记", "name", ["支部书记", "党支部书记"]),
    column("secretaryAppointed", "书记任职日期", "date", [
      "任职时间",
      "当选日期",
      "任职日期",
      "书记任职时间",
    ]),
    column("secretaryTitle", "书记行政职务", "text", ["行政职务"]),
    column("isPrincipal", "是否主要负责人", "yes-no", ["是否为主要负责人", "书记是否主要负责人"]),
    column("hasCommittee", "是否设支委会", "yes-no", ["是否设立支委会", "设支委会"]),
    column("electionDate", "本届选举日期", "date", ["换届日期", "选举日期", "本届换届日期"]),
    column("termYears", "任期（年）", "years", ["任期", "任期年限"]),
  ],
};

export const MEMBERS_SCHEMA: LedgerSchema = {
  id: "members",
  sheet: "党员名册",
  sheetAliases: ["党员花名册"],
  columns: [
    required("name", "姓名", "name", NAME_ALIASES),
    required("branch", "所在支部", "text", BRANCH_ALIASES),
    column("group", "党小组", "text", ["所在党小组", "所属党小组"]),
    column("memberCategory", "党员类别", "member-category", ["党员类型"]),
    column("personCategory", "人员类别", "person-category", ["人员类型"]),
    column("partyRole", "党内职务", "party-role"),
    column("adminTitle", "行政职务", "text", ["职务"]),
    column("isLeader", "是否领导干部", "yes-no", ["是否党员领导干部", "领导干部"]),
    column("probationaryAdmitted", "接收预备党员日期", "date", [
      "接收预备党员时间",
      "入党日期",
      "入党时间",
    ]),
    column("transferredIn", "转入日期", "date", ["转入时间"]),
    column("transferredOut", "转出日期", "date", ["转出时间"]),
    column("status", "党员状态", "member-status", ["组织关系状态", "党籍状态", "在册状态"]),
    column("statusChanged", "变动日期", "date", ["状态变动日期", "变动时间"]),
  ],
};

export const MEETINGS_SCHEMA: LedgerSchema = {
  id: "meetings",
  sheet: "会议台账",
  sheetAliases: ["三会一课台账", "组织生活台账"],
  columns: [
    required("branch", "支部", "text", BRANCH_ALIASES),
    required("types", "会议类型", "meeting-types", ["活动名称", "类型", "会议名称"]),
    required("date", "会议日期", "date", ["会议时间", "实际时间", "召开时间", "日期"]),
    column("group", "党小组", "text", ["所属党小组"]),
    column("topic", "主题", "text", ["主要内容", "议题"]),
    column("host", "主持人", "name"),
    column("expected", "应到人数", "count"),
    column("attended", "实到人数", "count", ["出席人数", "到会人数"]),
    column("expectedVoting", "应到会有表决权人数", "count"),
    column("attendedVoting", "实到会有表决权人数", "count"),
    column("approvals", "赞成人数", "count", ["赞成票数", "同意人数", "赞成票"]),
    column("absentees", "缺席人员及原因", "text", ["缺席人员", "缺席人员及缺席原因"]),
    column("attendees", "参加人员", "names", ["实到人员", "出席人员", "参会人员"]),
    column("observers", "列席人员", "names", ["列席", "列席人"]),
    column("recorder", "记录人", "name"),
  ],
};

export const LECTURES_SCHEMA: LedgerSchema = {
  id: "lectures",
  sheet: "党课台账",
  sheetAliases: [],
  columns: [
    required("branch", "支部", "text", BRANCH_ALIASES),
    required("date", "授课日期", "date", ["时间", "授课时间"]),
    required("lecturer", "授课人", "name", ["主讲人", "讲课人"]),
    column("lecturerTitle", "授课人职务", "text"),
    column("title", "题目", "text", ["党课题目", "课题名称"]),
    column("participants", "参加人数", "count"),
    column("hours", "学时", "hours"),
  ],
};

export const DUES_SCHEMA: LedgerSchema = {
  id: "dues",
  sheet: "党费台账",
  sheetAliases: ["党费交纳台账", "党费收缴台账", "党费交纳登记表", "党费收缴登记表", "党费登记表"],
  columns: [
    required("branch", "支部", "text", BRANCH_ALIASES),
    required("name", "姓名", "name", NAME_ALIASES),
    column("personCategory", "人员类别", "person-category"),
    required("months", "所属月份", "month-range", ["月份", "交纳月份", "交费月份", "缴费起止月份"]),
    column("base", "党费基数", "amount", ["缴存基数", "计算基数"]),
    column("ratio", "交纳比例", "ratio"),
    column("due", "应交党费", "amount", ["应缴党费"]),
    required("paid", "实交党费", "amount", ["实交金额", "交纳金额"]),
    column("paidDate", "交纳日期", "date"),
    column("remark", "备注", "text"),
  ],
};

export const TRAINING_SCHEMA: LedgerSchema = {
  id: "training",
  sheet: "培训台账",
  sheetAliases: ["学时统计", "培训学时"],
  columns: [
    required("name", "姓名", "name", NAME_ALIASES),
    column("branch", "支部", "text", BRANCH_ALIASES),
    column("role", "职务", "text", ["党内职务"]),
    column("course", "培训名称", "text", ["培训班名称"]),
    required("category", "培训类别", "text", ["培训方式"]),
    required("start", "开始日期", "date", ["培训时间", "培训开始日期"]),
    column("end", "结束日期", "date"),
    column("hours", "学时", "hours", ["培训学时"]),
    column("organizer", "主办单位", "text"),
  ],
};

export const TALKS_SCHEMA: LedgerSchema = {
  id: "talks",
  optional: true,
  sheet: "谈心谈话台账",
  sheetAliases: ["谈心谈话记录", "谈心谈话登记表"],
  columns: [
    column("branch", "支部", "text", BRANCH_ALIASES),
    required("talker", "谈话人", "name", ["谈话者"]),
    required("counterparts", "谈话对象", "names", ["被谈话人", "谈话对象姓名"]),
    required("date", "谈话日期", "date", ["日期", "谈话时间", "时间"]),
    column("mode", "谈话方式", "text", ["方式"]),
    column("topic", "谈话主要内容", "text", ["谈话内容", "主要内容"]),
  ],
};

/** Every ledger the product reads, in the order the template lays them out. */
export const LEDGER_SCHEMAS: readonly LedgerSchema[] = [
  UNIT_INFO_SCHEMA,
  BRANCHES_SCHEMA,
  MEMBERS_SCHEMA,
  MEETINGS_SCHEMA,
  LECTURES_SCHEMA,
  DUES_SCHEMA,
  TRAINING_SCHEMA,
  TALKS_SCHEMA,
];

/** The product's own summary sheet. */
export const SUMMARY_SHEET_NAME = "汇总表";
