import type { Localized } from "../i18n/locale";
import type { LedgerId } from "../model/ledgers";

/**
 * How to fill each column, in the words 填表说明 uses: required or not is shown beside it, the
 * rules it feeds come from columnRules.ts. Accepted forms follow what the reader understands
 * (src/engine/parse/), so an officer who follows them is never told a cell cannot be read.
 */
export const COLUMN_TEXTS: { readonly [L in LedgerId]: Readonly<Record<string, Localized>> } = {
  unitInfo: {
    unitName: {
      "zh-CN": "本单位全称，如“市某某局”，写入汇总表标题",
      "en-US": "The unit's full name, e.g. 市某某局; it heads the summary",
    },
    departmentSecretary: {
      "zh-CN": "部门党组（党委）书记姓名，用于检查其每年讲党课",
      "en-US": "Name of the department's party group (committee) secretary, for the annual lecture",
    },
    agencySecretary: {
      "zh-CN": "机关党委书记姓名，供汇总表和上报时核对",
      "en-US": "Name of the agency party committee secretary, for reference",
    },
    year: {
      "zh-CN": "检查年度，四位数字，如2025；各项按月、按季度、按年的要求都在该年度内检查",
      "en-US":
        "The reporting year, e.g. 2025; every monthly, quarterly and annual requirement is checked in it",
    },
    collectionDay: {
      "zh-CN": "本单位设立的党费集中交纳日，写作“每月15日”或“15”；不设的留空（不检查交纳日期）",
      "en-US":
        "The unit's dues collection day, written 每月15日 or 15; leave blank if none (then not checked)",
    },
    lectureFrequency: {
      "zh-CN": "支部党课的频率：季度、半年或年，留空按每季度检查",
      "en-US":
        "How often each branch holds a party lecture: 季度, 半年 or 年; blank means quarterly",
    },
    agencyDeputySecretary: {
      "zh-CN": "机关党委专职副书记姓名，用于检查其列席部门党组（党委）民主生活会",
      "en-US":
        "Name of the agency party committee's full-time deputy secretary, who attends the leading group's democratic life meeting",
    },
    agencyElectionDate: {
      "zh-CN": "本届机关党委选举产生的日期，如2021-06-18，用于检查机关党委按期换届",
      "en-US": "The date the current agency party committee was elected, e.g. 2021-06-18",
    },
    agencyTermYears: {
      "zh-CN": "机关党委每届任期年数，党的基层委员会一般为5年，留空按5年计",
      "en-US": "The agency party committee's term in years; usually 5, which is also the default",
    },
    reporter: {
      "zh-CN": "填写汇总表的经办人姓名，印在汇总表的签字栏中",
      "en-US": "Name of the officer who fills in the summary; printed in its sign-off block",
    },
    reporterPhone: {
      "zh-CN": "填报人的办公电话，便于上级核实情况时联系",
      "en-US": "The officer's office telephone, for the level above to call",
    },
    reviewer: {
      "zh-CN": "审核汇总表的负责人姓名，如机关党委书记或专职副书记",
      "en-US": "Name of whoever checks the summary, e.g. the committee's secretary or deputy",
    },
    reportDate: {
      "zh-CN": "报送汇总表的日期，如2026-01-15；不填的，打印后在汇总表上手写",
      "en-US": "The date the summary is sent, e.g. 2026-01-15; if blank, write it on the printout",
    },
  },
  branches: {
    name: {
      "zh-CN": "党支部全称，如“第一党支部”。其他各表的“支部”须与这里的写法完全一致",
      "en-US":
        "The branch's full name, e.g. 第一党支部; every other sheet must spell it the same way",
    },
    secretary: {
      "zh-CN": "现任支部书记姓名，应同时登记在党员名册本支部中",
      "en-US":
        "The serving secretary's name; the secretary should also be in this branch in the roster",
    },
    secretaryAppointed: {
      "zh-CN": "现任书记任职（当选）日期，如2024-03-01；新任书记据此检查6个月内的集中培训",
      "en-US":
        "The date the secretary took office, e.g. 2024-03-01; it sets the 6-month training deadline",
    },
    secretaryTitle: {
      "zh-CN": "书记的行政职务，如“处长”“办公室主任”",
      "en-US": "The secretary's administrative title, e.g. 处长 or 办公室主任",
    },
    isPrincipal: {
      "zh-CN": "书记是否为本部门本单位主要负责人：是/否",
      "en-US": "Whether the secretary is the unit's principal leader: 是/否",
    },
    hasCommittee: {
      "zh-CN":
        "是否设立支部委员会：是/否；设支委会的支部每月须召开支委会。留空时按正式党员是否满7人判断",
      "en-US":
        "Whether the branch has a committee: 是/否; then a monthly committee meeting is due. Blank: judged by 7 or more full members",
    },
    electionDate: {
      "zh-CN": "本届支部委员会（书记）选举产生的日期，如2023-06-20",
      "en-US": "The date the current committee (secretary) was elected, e.g. 2023-06-20",
    },
    termYears: {
      "zh-CN": "任期年数，党支部一般为3年，留空按3年计",
      "en-US": "The term in years; usually 3, which is also the default",
    },
  },
  members: {
    name: {
      "zh-CN": "党员姓名，一人一行；各台账中同一人的姓名写法须一致",
      "en-US": "The member's name, one per row, spelt the same way in every ledger",
    },
    branch: {
      "zh-CN": "党员组织关系所在的党支部，从下拉列表中选择（与“支部信息”一致）",
      "en-US": "The member's branch, chosen from the list (as written in 支部信息)",
    },
    group: {
      "zh-CN": "所在党小组名称，如“第一党小组”；设党小组的支部每个小组每月须召开党小组会",
      "en-US": "The member's party group, e.g. 第一党小组; each group must meet monthly",
    },
    memberCategory: {
      "zh-CN": "正式党员或预备党员；预备党员没有表决权，不计入党员大会有表决权人数",
      "en-US": "正式党员 (full) or 预备党员 (probationary); probationary members have no vote",
    },
    personCategory: {
      "zh-CN": "在职、离退休、学生、下岗失业、低保、农民或其他；党费比例按此确定",
      "en-US": "在职, 离退休, 学生, 下岗失业, 低保, 农民 or 其他; it sets the dues rate",
    },
    partyRole: {
      "zh-CN": "书记、副书记、委员（组织委员、宣传委员等）、组长或党员",
      "en-US": "书记, 副书记, 委员 (组织委员, 宣传委员…), 组长 or 党员",
    },
    adminTitle: {
      "zh-CN": "行政职务，如“处长”“科员”；支部信息未填书记职务时据此判断书记是否主要负责人",
      "en-US":
        "Administrative title, e.g. 处长 or 科员; used for the secretary when 支部信息 gives none",
    },
    isLeader: {
      "zh-CN": "是否党员领导干部：是/否；领导干部每年须参加所在支部的组织生活会",
      "en-US":
        "Whether a leading cadre: 是/否; leading cadres attend their branch's organisational life meeting each year",
    },
    probationaryAdmitted: {
      "zh-CN": "接收为预备党员的日期，如2024-07-01；当年入党的，从当月起应交党费",
      "en-US": "The date admitted as a probationary member; dues are owed from that month",
    },
    transferredIn: {
      "zh-CN": "当年组织关系转入本支部的日期；此前的月份不要求交党费",
      "en-US": "The date the membership was transferred in this year; earlier months owe no dues",
    },
    transferredOut: {
      "zh-CN": "组织关系转出的日期；转出后不再要求交党费、参加学习",
      "en-US": "The date the membership was transferred out; nothing is required after it",
    },
    status: {
      "zh-CN":
        "党员现在的状态，正常的可不填：转出、去世、停止党籍、出党（除名）的，自变动日期次月起不再要求；出国（境）、流动党员、挂职借调、因病长期不能参加的，党费、学时、到会人数只作提醒",
      "en-US":
        "The member's situation, blank if normal: after 转出, 去世, 停止党籍 or 出党 nothing is required from the month after 变动日期; for members abroad, mobile, seconded or long ill, dues, study hours and attendance give reminders only",
    },
    statusChanged: {
      "zh-CN": "上述状态开始的日期，如2025-03-10",
      "en-US": "The date the situation began, e.g. 2025-03-10",
    },
  },
  meetings: {
    branch: {
      "zh-CN": "召开会议的党支部，从下拉列表中选择",
      "en-US": "The branch that held the meeting, chosen from the list",
    },
    types: {
      "zh-CN":
        "支部党员大会、支部委员会、党小组会、党课、主题党日、组织生活会、民主评议党员、民主生活会、述职评议。一次会议兼有几类的用顿号分隔，如“支部党员大会、党课”“支部党员大会（述职评议）”，各类分别计数",
      "en-US":
        "支部党员大会, 支部委员会, 党小组会, 党课, 主题党日, 组织生活会, 民主评议党员, 民主生活会 or 述职评议. A meeting of several types lists them with 、, e.g. 支部党员大会、党课 or 支部党员大会（述职评议）, and counts for each",
    },
    date: {
      "zh-CN": "会议召开日期，如2025-3-5或2025/3/5；3月31日召开的计入第一季度",
      "en-US": "The date held, e.g. 2025-3-5 or 2025/3/5; 31 March counts for Q1",
    },
    group: {
      "zh-CN": "党小组会须填写党小组名称（与党员名册一致）；支部只有一个党小组的可不填",
      "en-US":
        "For a party group meeting, the group's name as in the roster; optional if the branch has one group",
    },
    topic: {
      "zh-CN": "会议主题或主要内容；组织生活会同时开展民主评议党员的，主题中写明“民主评议”",
      "en-US":
        "The topic; an organisational life meeting that also appraised members says 民主评议 here",
    },
    host: {
      "zh-CN": "主持人姓名；党课由其本人主讲的，可记为书记讲党课",
      "en-US": "The host's name; for a party lecture the host counts as its speaker",
    },
    expected: {
      "zh-CN": "应到人数（整数）；党员大会、支委会必须填写应到、实到人数",
      "en-US": "Members expected (whole number); required for general and committee meetings",
    },
    attended: {
      "zh-CN": "实到人数（整数）；须超过应到人数的半数",
      "en-US": "Members present (whole number); must be more than half of those expected",
    },
    expectedVoting: {
      "zh-CN": "党员大会应到会有表决权的人数（不含预备党员）；有预备党员的支部请填写",
      "en-US": "Voting members expected at a general meeting (probationary members excluded)",
    },
    attendedVoting: {
      "zh-CN": "党员大会实到会有表决权的人数；有预备党员的支部请填写",
      "en-US": "Voting members present at a general meeting",
    },
    approvals: {
      "zh-CN":
        "表决事项的赞成人数（接收预备党员、预备党员转正、选举等）；须超过应到会有表决权党员的半数，决议方为通过",
      "en-US":
        "Votes for the resolution (admitting a probationary member, confirming one, an election…); it passes only with more than half of the voting members expected",
    },
    absentees: {
      "zh-CN": "缺席人员姓名及原因，如“张三（出差）”",
      "en-US": "Who was absent and why, e.g. 张三（出差）",
    },
    attendees: {
      "zh-CN":
        "参加人员姓名，用顿号分隔，如“张三、李四”；组织生活会请填写，用于检查领导干部双重组织生活",
      "en-US":
        "Names of those present, separated by 、; fill in for organisational life meetings (leading cadres' attendance)",
    },
    observers: {
      "zh-CN":
        "列席会议的人员姓名，用顿号分隔；部门党组（党委）民主生活会请写明列席的机关党委专职副书记",
      "en-US":
        "Names of those attending without being members, separated by 、; for the leading group's democratic life meeting, include the agency committee's full-time deputy secretary",
    },
    recorder: { "zh-CN": "会议记录人姓名", "en-US": "Who took the minutes" },
  },
  lectures: {
    branch: {
      "zh-CN": "组织党课的党支部，从下拉列表中选择",
      "en-US": "The branch that held the lecture, chosen from the list",
    },
    date: {
      "zh-CN": "授课日期，如2025-04-18",
      "en-US": "The date of the lecture, e.g. 2025-04-18",
    },
    lecturer: {
      "zh-CN": "主讲人姓名（一人）；部门党组（党委）书记、支部书记讲党课的，写其本人姓名",
      "en-US":
        "The speaker's name (one person); for the department or branch secretary, their own name",
    },
    lecturerTitle: {
      "zh-CN": "主讲人职务，如“党组书记、局长”",
      "en-US": "The speaker's post, e.g. 党组书记、局长",
    },
    title: { "zh-CN": "党课题目", "en-US": "The lecture's title" },
    participants: { "zh-CN": "参加人数（整数）", "en-US": "Number of participants" },
    hours: { "zh-CN": "学时数，如2", "en-US": "Study hours, e.g. 2" },
  },
  dues: {
    branch: {
      "zh-CN": "党员所在党支部，从下拉列表中选择",
      "en-US": "The member's branch, chosen from the list",
    },
    name: {
      "zh-CN": "交纳党费的党员姓名，每人每月一行（或按批准合并的月份一行）",
      "en-US": "The member paying; one row per member and month (or per approved span of months)",
    },
    personCategory: {
      "zh-CN": "在职、离退休、学生等；不填时按党员名册的人员类别计算",
      "en-US": "在职, 离退休, 学生…; blank uses the roster's category",
    },
    months: {
      "zh-CN":
        "党费所属月份，如“2025.03”或“2025年3月”；经支部同意一次交纳几个月的写成“2025.01-2025.03”，并在备注中写明“经支部同意”",
      "en-US":
        "The month paid for, e.g. 2025.03 or 2025年3月; several months paid at once are written 2025.01-2025.03, with 经支部同意 in 备注",
    },
    base: {
      "zh-CN": "计算党费的月工资收入基数（元）",
      "en-US": "The monthly income the dues are calculated on (yuan)",
    },
    ratio: {
      "zh-CN":
        "交纳比例：在职3000元以下（含）0.5%，3000元以上至5000元（含）1%，5000元以上至10000元（含）1.5%，10000元以上2%；离退休5000元以下（含）0.5%，5000元以上1%",
      "en-US":
        "The rate: serving up to and including 3,000 0.5%, above 3,000 up to and including 5,000 1%, above 5,000 up to and including 10,000 1.5%, above 10,000 2%; retired up to and including 5,000 0.5%, above 5,000 1%",
    },
    due: {
      "zh-CN": "应交党费（元）= 基数 × 比例，保留到分；学生、下岗失业、低保党员每月0.2元",
      "en-US":
        "Dues due = base × rate, to the fen; students, the unemployed and those on subsistence allowance pay 0.20 a month",
    },
    paid: {
      "zh-CN": "实际交纳金额（元），不得少于应交党费；多交不作为问题",
      "en-US": "The amount paid (yuan), at least the amount due; paying more is fine",
    },
    paidDate: {
      "zh-CN": "实际交纳日期，如2025-03-15；应在党费集中交纳日，补交一般不超过6个月",
      "en-US":
        "The date paid, e.g. 2025-03-15; on the collection day, and back-payments within 6 months",
    },
    remark: {
      "zh-CN": "合并交纳写“经支部同意按季度交纳”；经批准减免写“经批准免交”；补足差额写“补交”",
      "en-US":
        "经支部同意按季度交纳 for approved spans, 经批准免交 for approved exemptions, 补交 for top-ups",
    },
  },
  training: {
    name: {
      "zh-CN": "参加培训的党员姓名，一人一次一行",
      "en-US": "The member trained; one row per person and training",
    },
    branch: {
      "zh-CN": "所在党支部，从下拉列表中选择；同名党员据此区分",
      "en-US": "The member's branch, chosen from the list; tells namesakes apart",
    },
    role: {
      "zh-CN": "党内职务，如“支部书记”“党员”",
      "en-US": "Party post, e.g. 支部书记 or 党员",
    },
    course: { "zh-CN": "培训班（课程）名称", "en-US": "The course's name" },
    category: {
      "zh-CN":
        "集中轮训、集中培训、党校培训、示范培训、网络培训、自学或其他。含“集中”“轮训”“党校”“示范培训”“示范班”“培训班”“任职培训”“专题班”的计为集中培训；网络培训、自学不计",
      "en-US":
        "集中轮训, 集中培训, 党校培训, 示范培训, 网络培训, 自学 or 其他. Those naming 集中, 轮训, 党校, 示范培训, 示范班, 培训班, 任职培训 or 专题班 count as central training; online and self-study do not",
    },
    start: {
      "zh-CN": "培训开始日期，如2025-05-12；学时计入开始日期所在年度",
      "en-US": "The first day, e.g. 2025-05-12; the hours count for that year",
    },
    end: { "zh-CN": "培训结束日期", "en-US": "The last day" },
    hours: {
      "zh-CN": "学时数；每名党员每年累计一般不少于32学时",
      "en-US": "Study hours; each member should log at least 32 a year",
    },
    organizer: { "zh-CN": "主办单位，如“市委党校”", "en-US": "The organiser, e.g. 市委党校" },
  },
  talks: {
    branch: {
      "zh-CN": "谈话所在的党支部，从下拉列表中选择",
      "en-US": "The branch of the talk, chosen from the list",
    },
    talker: {
      "zh-CN": "谈话人姓名，如支部书记“张三”",
      "en-US": "Who held the talk, e.g. the branch secretary 张三",
    },
    counterparts: {
      "zh-CN": "谈话对象姓名；一次与几人谈话的用顿号分隔，如“李四、王五”",
      "en-US": "Whom the talk was with; several names separated by 、, e.g. 李四、王五",
    },
    date: {
      "zh-CN": "谈话日期，如2025-03-12",
      "en-US": "The date of the talk, e.g. 2025-03-12",
    },
    mode: {
      "zh-CN": "谈话方式，如面对面、电话、视频",
      "en-US": "How the talk was held: in person, by phone, by video",
    },
    topic: {
      "zh-CN": "谈话的主要内容，简要填写",
      "en-US": "What was talked about, briefly",
    },
  },
};

/** What one row of each table records and how to fill the sheet. */
export const LEDGER_GUIDANCE: { readonly [L in LedgerId]: Localized } = {
  unitInfo: {
    "zh-CN":
      "填写本单位的基本设置，每项一行，在“填写内容”一列中填写。年度、党费集中交纳日、党课频率会改变检查的标准。",
    "en-US":
      "The unit's settings, one per row, filled in under 填写内容. The year, the dues collection day and the lecture frequency change what is checked.",
  },
  branches: {
    "zh-CN": "每个党支部一行。请先填写本表，其他各表的“支部”从本表的支部名称中选择。",
    "en-US":
      "One row per branch. Fill this sheet first: the other sheets choose their branch from it.",
  },
  members: {
    "zh-CN": "每名党员一行，包括年内转入、转出的党员（填写转入、转出日期）。",
    "en-US":
      "One row per member, including those transferred in or out during the year (with the dates).",
  },
  meetings: {
    "zh-CN":
      "每次会议或活动一行：支部党员大会每季度、支委会每月、各党小组会每月、主题党日每月、组织生活会和民主评议党员每年至少一次。",
    "en-US":
      "One row per meeting: a general meeting every quarter, committee, group meetings and theme days every month, an organisational life meeting and an appraisal every year.",
  },
  lectures: {
    "zh-CN": "每次党课一行，写明主讲人。会议台账中类型为“党课”的会议同样计数。",
    "en-US":
      "One row per party lecture, with its speaker. Meetings of type 党课 in 会议台账 count too.",
  },
  dues: {
    "zh-CN": "每名党员每月一行；经支部同意按季度等合并交纳的，一行写明起止月份并在备注中注明。",
    "en-US":
      "One row per member and month; a payment for several approved months is one row with the span and a remark.",
  },
  training: {
    "zh-CN": "每人每次培训一行，支部书记的集中轮训和每名党员的学时都据此检查。",
    "en-US":
      "One row per person and training; secretaries' central training and members' hours are checked from it.",
  },
  talks: {
    "zh-CN":
      "选填台账。每次谈心谈话一行：支部书记每年至少与每名支部委员、党员谈心谈话1次。未提供本表的，汇总表显示“未提供”，不作为问题。",
    "en-US":
      "Optional. One row per talk: the branch secretary talks with every committee member and member at least once a year. Without this sheet the summary shows 未提供, and nothing is reported.",
  },
};
