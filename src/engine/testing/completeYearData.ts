import { day, type DayNumber, weekdayOf } from "../calendar/day";
import type { CellValue } from "../cell/types";
import type { LedgerId } from "../model/ledgers";
import { LEDGER_SCHEMAS } from "../schema/ledgerSchemas";
import type { TemplateData } from "../template/sheetInput";

/**
 * A small but complete year of correct ledgers for one unit: 2 branches with committees and party
 * groups, 10 members (one probationary, one retired paying quarterly with approval), every required
 * meeting in every period, lectures by both secretaries and the department secretary, dues at the
 * band rate every month on the collection day (moved to Monday from a weekend), ≥ 32 study hours for
 * everyone and ≥ 56 for secretaries and committee members, secretaries' central
 * training and a new secretary's induction training on time. Checked after the year, it must give
 * no finding at all: test data for the template's acceptance tests (engine/template and xlsx/template).
 */

type Row = Readonly<Record<string, CellValue>>;

/** A record's cells in the schema's column order ("" for fields it leaves blank). */
function inSchemaOrder(ledger: LedgerId, record: Row): CellValue[] {
  const schema = LEDGER_SCHEMAS.find((s) => s.id === ledger);
  return (schema?.columns ?? []).map((c) => record[c.field] ?? "");
}

interface Member {
  name: string;
  branch: string;
  group: string;
  category: "正式党员" | "预备党员";
  person: "在职" | "离退休";
  role: string;
  title: string;
  leader: boolean;
  /** Admitted as a probationary member: years before the reporting year, month, day. */
  admitted: [number, number, number];
  base: number;
  ratio: number;
  /** Pays a quarter at a time, with the branch's approval. */
  quarterly?: boolean;
}

const BRANCH_A = "第一党支部";
const BRANCH_B = "第二党支部";

const MEMBERS: readonly Member[] = [
  {
    name: "王建国",
    branch: BRANCH_A,
    group: "第一党小组",
    category: "正式党员",
    person: "在职",
    role: "党员",
    title: "局长",
    leader: true,
    admitted: [27, 7, 1],
    base: 15000,
    ratio: 0.02,
  },
  {
    name: "李明",
    branch: BRANCH_A,
    group: "第一党小组",
    category: "正式党员",
    person: "在职",
    role: "书记",
    title: "办公室主任",
    leader: true,
    admitted: [22, 6, 20],
    base: 12000,
    ratio: 0.02,
  },
  {
    name: "张华",
    branch: BRANCH_A,
    group: "第一党小组",
    category: "正式党员",
    person: "在职",
    role: "组织委员",
    title: "副处长",
    leader: false,
    admitted: [17, 5, 4],
    base: 8000,
    ratio: 0.015,
  },
  {
    name: "陈静",
    branch: BRANCH_A,
    group: "第二党小组",
    category: "正式党员",
    person: "在职",
    role: "宣传委员",
    title: "四级调研员",
    leader: false,
    admitted: [15, 7, 1],
    base: 6000,
    ratio: 0.015,
  },
  {
    name: "刘洋",
    branch: BRANCH_A,
    group: "第二党小组",
    category: "正式党员",
    person: "在职",
    role: "党员",
    title: "科员",
    leader: false,
    admitted: [9, 11, 8],
    base: 4500,
    ratio: 0.01,
  },
  {
    name: "赵敏",
    branch: BRANCH_A,
    group: "第二党小组",
    category: "正式党员",
    person: "离退休",
    role: "党员",
    title: "退休干部",
    leader: false,
    admitted: [40, 3, 1],
    base: 4000,
    ratio: 0.005,
    quarterly: true,
  },
  {
    name: "周强",
    branch: BRANCH_B,
    group: "第三党小组",
    category: "正式党员",
    person: "在职",
    role: "书记",
    title: "处长",
    leader: true,
    admitted: [19, 6, 30],
    base: 9000,
    ratio: 0.015,
  },
  {
    name: "吴芳",
    branch: BRANCH_B,
    group: "第三党小组",
    category: "正式党员",
    person: "在职",
    role: "组织委员",
    title: "科员",
    leader: false,
    admitted: [6, 6, 28],
    base: 2800,
    ratio: 0.005,
  },
  {
    name: "郑伟",
    branch: BRANCH_B,
    group: "第三党小组",
    category: "正式党员",
    person: "在职",
    role: "纪检委员",
    title: "一级主任科员",
    leader: false,
    admitted: [13, 10, 9],
    base: 5000,
    ratio: 0.01,
  },
  {
    name: "孙丽",
    branch: BRANCH_B,
    group: "第三党小组",
    category: "预备党员",
    person: "在职",
    role: "党员",
    title: "科员",
    leader: false,
    // Admitted this year: still within the year of probation when the year is checked.
    admitted: [0, 3, 2],
    base: 3500,
    ratio: 0.01,
  },
];

const COMMITTEES: Readonly<Record<string, readonly string[]>> = {
  [BRANCH_A]: ["李明", "张华", "陈静"],
  [BRANCH_B]: ["周强", "吴芳", "郑伟"],
};
const SECRETARIES: Readonly<Record<string, string>> = { [BRANCH_A]: "李明", [BRANCH_B]: "周强" };

const membersOf = (branch: string): Member[] => MEMBERS.filter((m) => m.branch === branch);
const round2 = (n: number): number => Math.round(n * 100) / 100;
const pad = (n: number): string => String(n).padStart(2, "0");

function branches(year: number): CellValue[][] {
  return [
    inSchemaOrder("branches", {
      name: BRANCH_A,
      secretary: "李明",
      secretaryAppointed: day(year - 3, 6, 20),
      secretaryTitle: "办公室主任",
      isPrincipal: "是",
      hasCommittee: "是",
      // Elected the year before: the term runs well past the check, so no 换届 reminder yet.
      electionDate: day(year - 1, 6, 20),
      termYears: 3,
    }),
    inSchemaOrder("branches", {
      name: BRANCH_B,
      secretary: "周强",
      // Took office the year before: the 6-month induction training is checked too.
      secretaryAppointed: day(year - 1, 3, 1),
      secretaryTitle: "处长",
      isPrincipal: "是",
      hasCommittee: "是",
      electionDate: day(year - 1, 3, 1),
      termYears: 3,
    }),
  ];
}

function members(year: number): CellValue[][] {
  return MEMBERS.map((m) =>
    inSchemaOrder("members", {
      name: m.name,
      branch: m.branch,
      group: m.group,
      memberCategory: m.category,
      personCategory: m.person,
      partyRole: m.role,
      adminTitle: m.title,
      isLeader: m.leader ? "是" : "否",
      probationaryAdmitted: day(year - m.admitted[0], m.admitted[1], m.admitted[2]),
    })
  );
}

function meetings(year: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const branch of [BRANCH_A, BRANCH_B]) {
    const people = membersOf(branch);
    const voting = people.filter((m) => m.category === "正式党员").length;
    const committee = COMMITTEES[branch] ?? [];
    const host = SECRETARIES[branch] ?? "";
    const groups = [...new Set(people.map((m) => m.group))];
    for (let month = 1; month <= 12; month++) {
      rows.push(
        inSchemaOrder("meetings", {
          branch,
          types: "支部委员会",
          date: day(year, month, 5),
          topic: `研究${month}月份支部工作`,
          host,
          expected: committee.length,
          attended: committee.length,
          recorder: committee[1] ?? "",
        }),
        inSchemaOrder("meetings", {
          branch,
          types: "主题党日",
          date: day(year, month, 12),
          topic: `${month}月主题党日：集中学习`,
          host,
          expected: people.length,
          attended: people.length,
          recorder: committee[2] ?? "",
        })
      );
      for (const group of groups) {
        const size = people.filter((m) => m.group === group).length;
        rows.push(
          inSchemaOrder("meetings", {
            branch,
            types: "党小组会",
            date: day(year, month, 18),
            group,
            topic: "学习交流",
            expected: size,
            attended: size,
          })
        );
      }
      if (month % 3 === 0) {
        rows.push(
          inSchemaOrder("meetings", {
            branch,
            types: "支部党员大会",
            date: day(year, month, 25),
            topic: `第${month / 3}季度支部党员大会`,
            host,
            expected: people.length,
            attended: people.length,
            expectedVoting: voting,
            attendedVoting: voting,
            recorder: committee[1] ?? "",
          })
        );
      }
    }
    rows.push(
      inSchemaOrder("meetings", {
        branch,
        types: "组织生活会、民主评议党员",
        date: day(year, 12, 20),
        topic: `${year}年度组织生活会暨民主评议党员`,
        host,
        expected: people.length,
        attended: people.length,
        attendees: people.map((m) => m.name).join("、"),
        recorder: committee[1] ?? "",
      }),
      inSchemaOrder("meetings", {
        branch,
        types: "支部党员大会（述职评议）",
        date: day(year, 12, 10),
        topic: `${year}年度支部书记抓基层党建工作述职评议`,
        host,
        expected: people.length,
        attended: people.length,
        expectedVoting: voting,
        attendedVoting: voting,
        recorder: committee[1] ?? "",
      })
    );
  }
  // The unit's own rows: the 机关党委书记's report and the 党组's 民主生活会 with the deputy present.
  rows.push(
    inSchemaOrder("meetings", {
      branch: "机关党委",
      types: "述职评议",
      date: day(year, 12, 23),
      topic: `机关党委书记${year}年度述职`,
      host: "王建国",
    }),
    inSchemaOrder("meetings", {
      branch: "局党组",
      types: "民主生活会",
      date: day(year, 12, 26),
      topic: `${year}年度局党组民主生活会`,
      host: "王建国",
      observers: "孙敏",
    })
  );
  return rows;
}

/** Every secretary talks with each member of the branch in the spring. */
function talks(year: number): CellValue[][] {
  return [BRANCH_A, BRANCH_B].flatMap((branch) => {
    const secretary = SECRETARIES[branch] ?? "";
    return membersOf(branch)
      .filter((m) => m.name !== secretary)
      .map((m, i) =>
        inSchemaOrder("talks", {
          branch,
          talker: secretary,
          counterparts: m.name,
          date: day(year, 4, 7 + i),
          mode: "面对面",
          topic: "思想工作情况交流",
        })
      );
  });
}

function lectures(year: number): CellValue[][] {
  const speakers: Readonly<Record<string, readonly [string, string][]>> = {
    [BRANCH_A]: [
      ["王建国", "党组书记、局长"],
      ["李明", "支部书记"],
      ["张华", "组织委员"],
      ["李明", "支部书记"],
    ],
    [BRANCH_B]: [
      ["周强", "支部书记"],
      ["吴芳", "组织委员"],
      ["周强", "支部书记"],
      ["郑伟", "纪检委员"],
    ],
  };
  return [BRANCH_A, BRANCH_B].flatMap((branch) =>
    (speakers[branch] ?? []).map(([lecturer, title], quarter) =>
      inSchemaOrder("lectures", {
        branch,
        date: day(year, quarter * 3 + 2, 20),
        lecturer,
        lecturerTitle: title,
        title: `第${quarter + 1}季度专题党课`,
        participants: membersOf(branch).length,
        hours: 2,
      })
    )
  );
}

/** The 15th, or the Monday after when it falls on a weekend: the unit's collection day. */
function collectionDay(year: number, month: number): DayNumber {
  const fifteenth = day(year, month, 15);
  const weekday = weekdayOf(fifteenth);
  return weekday === 6 ? fifteenth + 2 : weekday === 0 ? fifteenth + 1 : fifteenth;
}

function dues(year: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const m of MEMBERS) {
    const monthly = round2(m.base * m.ratio);
    const common = {
      branch: m.branch,
      name: m.name,
      personCategory: m.person,
      base: m.base,
      ratio: m.ratio,
    };
    if (m.quarterly) {
      for (let q = 0; q < 4; q++) {
        const total = round2(monthly * 3);
        rows.push(
          inSchemaOrder("dues", {
            ...common,
            months: `${year}.${pad(q * 3 + 1)}-${year}.${pad(q * 3 + 3)}`,
            due: total,
            paid: total,
            paidDate: collectionDay(year, q * 3 + 1),
            remark: "经支部同意按季度交纳",
          })
        );
      }
      continue;
    }
    for (let month = 1; month <= 12; month++) {
      rows.push(
        inSchemaOrder("dues", {
          ...common,
          months: `${year}.${pad(month)}`,
          due: monthly,
          paid: monthly,
          paidDate: collectionDay(year, month),
        })
      );
    }
  }
  return rows;
}

function training(year: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const m of MEMBERS) {
    const common = { name: m.name, branch: m.branch, role: m.role };
    rows.push(
      inSchemaOrder("training", {
        ...common,
        course: `${year}年度党员网络学习`,
        category: "网络培训",
        start: day(year, 3, 10),
        end: day(year, 11, 30),
        hours: 20,
        organizer: "市委组织部",
      }),
      inSchemaOrder("training", {
        ...common,
        course: "党员集中学习培训班",
        category: "集中培训",
        start: day(year, 6, 16),
        end: day(year, 6, 18),
        hours: 16,
        organizer: "机关党委",
      })
    );
  }
  // 书记 and 委员 need 56 学时 (JYGL 第二十条): the 支部委员履职培训 makes up the difference.
  for (const m of MEMBERS.filter((member) => /书记|委员/.test(member.role))) {
    rows.push(
      inSchemaOrder("training", {
        name: m.name,
        branch: m.branch,
        role: m.role,
        course: `${year}年度党支部委员履职培训`,
        category: "专题培训",
        start: day(year, 10, 14),
        end: day(year, 10, 16),
        hours: 20,
        organizer: "机关党委",
      })
    );
  }
  for (const [branch, secretary] of Object.entries(SECRETARIES)) {
    rows.push(
      inSchemaOrder("training", {
        name: secretary,
        branch,
        role: "支部书记",
        course: `${year}年党支部书记集中轮训`,
        category: "集中轮训",
        start: day(year, 9, 8),
        end: day(year, 9, 10),
        hours: 24,
        organizer: "市委党校",
      })
    );
  }
  rows.push(
    inSchemaOrder("training", {
      name: "周强",
      branch: BRANCH_B,
      role: "支部书记",
      course: "新任党支部书记培训班",
      category: "集中培训",
      start: day(year - 1, 5, 10),
      end: day(year - 1, 5, 12),
      hours: 24,
      organizer: "市委党校",
    })
  );
  return rows;
}

/** The as-of date after which the year is complete and every period has ended. */
export function afterYear(year: number): string {
  return `${year + 1}-01-20`;
}

/** A complete, correct year of ledgers in template form. */
export function completeYearData(year: number): TemplateData & { year: number } {
  return {
    year,
    unitInfo: {
      unitName: "市某某局",
      departmentSecretary: "王建国",
      agencySecretary: "李明",
      year,
      collectionDay: "每月15日",
      lectureFrequency: "季度",
      agencyDeputySecretary: "孙敏",
      agencyElectionDate: day(year - 2, 6, 18),
      agencyTermYears: 5,
    },
    rows: {
      branches: branches(year),
      members: members(year),
      meetings: meetings(year),
      lectures: lectures(year),
      dues: dues(year),
      training: training(year),
      talks: talks(year),
    },
  };
}
