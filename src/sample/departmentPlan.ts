import type { OrgLifeStyle, PartyRoleText } from "./model";
import type { Generation } from "./names";

/** Members whose dates or standing the generator fills in specially. */
export type MemberTag =
  | "departmentSecretary"
  | "agencySecretary"
  | "transferOut"
  | "transferIn"
  | "admittedThisYear"
  | "admittedLastYear"
  | "previousSecretary";

/** One place in a branch: the post, the party role and a plausible range for the 党费基数. */
export interface MemberSlot {
  title: string;
  role: PartyRoleText;
  generation: Generation;
  /** 党费基数 range in yuan. */
  base: readonly [number, number];
  leader?: boolean;
  retired?: boolean;
  /** Index into the branch's 党小组. */
  group?: number;
  committee?: boolean;
  tag?: MemberTag;
}

export interface BranchPlan {
  name: string;
  groups: readonly string[];
  hasCommittee: boolean;
  secretaryTitle: string;
  isPrincipal: boolean;
  /** Years before the sample year in which the secretary took office. */
  secretarySinceYearsAgo: number;
  /** Years before the sample year of the current term's election, and its month. */
  electedYearsAgo: number;
  electedMonth: number;
  termYears: number;
  orgLifeStyle: OrgLifeStyle;
  slots: readonly MemberSlot[];
  /** A secretary who arrives during the year and whom the 党员名册 has not caught up with. */
  newSecretary?: Omit<MemberSlot, "role" | "committee" | "group" | "tag">;
}

/** One slot: post, party role, generation and 党费基数 range, plus what else is special about it. */
const slot = (
  title: string,
  role: PartyRoleText,
  generation: Generation,
  base: readonly [number, number],
  extra: Partial<MemberSlot> = {}
): MemberSlot => ({ title, role, generation, base, ...extra });

const SENIOR = [21000, 25000] as const;
const DEPUTY_SENIOR = [18000, 20900] as const;
const DIVISION_HEAD = [14000, 17000] as const;
const DEPUTY_HEAD = [11500, 13500] as const;
const SENIOR_STAFF = [9000, 11000] as const;
const STAFF = [7000, 8900] as const;
const JUNIOR = [5100, 6900] as const;
const ENTRY = [3200, 4900] as const;
const RETIRED_CADRE = [5200, 7800] as const;
const RETIRED = [2400, 4900] as const;

/**
 * 上海市示范局 is fictional: four branches of a municipal bureau, about sixty members. The plan
 * carries the organisational facts the sample documents as problems: the second branch's secretary
 * is a deputy head, the third has no committee though it is large enough and its new secretary is
 * missing from the roster, and the retirees' branch is past its term.
 */
export const BRANCH_PLANS: readonly BranchPlan[] = [
  {
    name: "机关第一党支部",
    groups: ["第一党小组", "第二党小组"],
    hasCommittee: true,
    secretaryTitle: "办公室主任",
    isPrincipal: true,
    secretarySinceYearsAgo: 4,
    electedYearsAgo: 1,
    electedMonth: 11,
    termYears: 3,
    orgLifeStyle: "combined",
    slots: [
      slot("局长", "党员", "middle", SENIOR, {
        leader: true,
        group: 0,
        tag: "departmentSecretary",
      }),
      slot("副局长", "党员", "middle", DEPUTY_SENIOR, { leader: true, group: 1 }),
      slot("办公室主任", "书记", "middle", DIVISION_HEAD, { leader: true, group: 0 }),
      slot("人事处处长", "副书记", "middle", DIVISION_HEAD, {
        leader: true,
        group: 1,
        committee: true,
      }),
      slot("办公室副主任", "组织委员", "middle", DEPUTY_HEAD, { group: 0, committee: true }),
      slot("政策法规处处长", "纪检委员", "middle", DIVISION_HEAD, {
        leader: true,
        group: 1,
        committee: true,
      }),
      slot("政策法规处副处长", "宣传委员", "young", DEPUTY_HEAD, { group: 1, committee: true }),
      slot("办公室一级主任科员", "党小组长", "middle", SENIOR_STAFF, { group: 0 }),
      slot("人事处二级主任科员", "党小组长", "young", STAFF, { group: 1 }),
      slot("办公室二级主任科员", "党员", "young", STAFF, { group: 0 }),
      slot("办公室四级主任科员", "党员", "young", JUNIOR, { group: 0 }),
      slot("办公室一级科员", "党员", "young", ENTRY, { group: 0, tag: "admittedLastYear" }),
      slot("政策法规处一级主任科员", "党员", "middle", SENIOR_STAFF, { group: 1 }),
      slot("政策法规处四级主任科员", "党员", "young", JUNIOR, { group: 1, tag: "transferOut" }),
      slot("人事处一级主任科员", "党员", "middle", SENIOR_STAFF, { group: 1 }),
      slot("人事处一级科员", "党员", "young", ENTRY, { group: 1 }),
      slot("办公室三级主任科员", "党员", "middle", STAFF, { group: 0 }),
      slot("政策法规处一级科员", "党员", "young", JUNIOR, { group: 1 }),
    ],
  },
  {
    name: "机关第二党支部",
    groups: ["第一党小组", "第二党小组"],
    hasCommittee: true,
    secretaryTitle: "规划发展处副处长",
    isPrincipal: false,
    secretarySinceYearsAgo: 3,
    electedYearsAgo: 2,
    // September: the term ends more than six months after the check (no 换届 reminder yet).
    electedMonth: 9,
    termYears: 3,
    orgLifeStyle: "topic",
    slots: [
      slot("副局长", "党员", "middle", DEPUTY_SENIOR, {
        leader: true,
        group: 0,
        tag: "agencySecretary",
      }),
      slot("规划发展处副处长", "书记", "middle", DEPUTY_HEAD, { group: 0 }),
      slot("行业管理处处长", "副书记", "middle", DIVISION_HEAD, {
        leader: true,
        group: 1,
        committee: true,
      }),
      slot("规划发展处处长", "党员", "middle", DIVISION_HEAD, { leader: true, group: 0 }),
      slot("执法监督处处长", "纪检委员", "middle", DIVISION_HEAD, {
        leader: true,
        group: 1,
        committee: true,
      }),
      slot("规划发展处一级主任科员", "组织委员", "middle", SENIOR_STAFF, {
        group: 0,
        committee: true,
      }),
      slot("行业管理处二级主任科员", "宣传委员", "young", STAFF, { group: 1, committee: true }),
      slot("规划发展处二级主任科员", "党小组长", "young", STAFF, { group: 0 }),
      slot("执法监督处一级主任科员", "党小组长", "middle", SENIOR_STAFF, { group: 1 }),
      slot("规划发展处四级主任科员", "党员", "young", JUNIOR, { group: 0 }),
      slot("行业管理处一级主任科员", "党员", "middle", SENIOR_STAFF, { group: 1 }),
      slot("行业管理处四级主任科员", "党员", "young", JUNIOR, { group: 1 }),
      slot("执法监督处三级主任科员", "党员", "middle", STAFF, { group: 1 }),
      slot("执法监督处一级科员", "党员", "young", ENTRY, { group: 1, tag: "transferIn" }),
      slot("规划发展处一级科员", "党员", "young", ENTRY, { group: 0, tag: "admittedThisYear" }),
      slot("执法监督处二级主任科员", "党员", "middle", STAFF, { group: 0 }),
    ],
  },
  {
    name: "机关第三党支部",
    groups: [],
    hasCommittee: false,
    secretaryTitle: "财务审计处处长",
    isPrincipal: true,
    secretarySinceYearsAgo: 0,
    electedYearsAgo: 2,
    electedMonth: 4,
    termYears: 3,
    orgLifeStyle: "separate",
    newSecretary: {
      title: "财务审计处处长",
      generation: "middle",
      base: DIVISION_HEAD,
      leader: true,
    },
    slots: [
      slot("财务审计处处长", "书记", "middle", DIVISION_HEAD, {
        leader: true,
        tag: "previousSecretary",
      }),
      slot("信息中心主任", "党员", "middle", DIVISION_HEAD, { leader: true }),
      slot("财务审计处副处长", "党员", "middle", DEPUTY_HEAD),
      slot("信息中心副主任", "党员", "middle", DEPUTY_HEAD),
      slot("财务审计处一级主任科员", "党员", "middle", SENIOR_STAFF),
      slot("财务审计处二级主任科员", "党员", "young", STAFF),
      slot("财务审计处四级主任科员", "党员", "young", JUNIOR),
      slot("信息中心一级主任科员", "党员", "middle", SENIOR_STAFF),
      slot("信息中心二级主任科员", "党员", "young", STAFF),
      slot("信息中心四级主任科员", "党员", "young", JUNIOR),
      slot("信息中心一级科员", "党员", "young", ENTRY),
      slot("财务审计处一级科员", "党员", "young", ENTRY),
    ],
  },
  {
    name: "离退休干部党支部",
    groups: ["浦西党小组", "浦东党小组"],
    hasCommittee: true,
    secretaryTitle: "离退休干部处处长",
    isPrincipal: true,
    secretarySinceYearsAgo: 5,
    electedYearsAgo: 3,
    electedMonth: 8,
    termYears: 3,
    orgLifeStyle: "topic",
    slots: [
      slot("离退休干部处处长", "书记", "middle", DIVISION_HEAD, { leader: true, group: 0 }),
      slot("原办公室调研员", "组织委员", "senior", RETIRED_CADRE, {
        retired: true,
        group: 0,
        committee: true,
      }),
      slot("原规划发展处处长", "宣传委员", "senior", RETIRED_CADRE, {
        retired: true,
        group: 1,
        committee: true,
      }),
      slot("", "党小组长", "senior", RETIRED, { retired: true, group: 0 }),
      slot("", "党小组长", "senior", RETIRED, { retired: true, group: 1 }),
      slot("原副局长", "党员", "senior", RETIRED_CADRE, { retired: true, group: 0 }),
      slot("", "党员", "senior", RETIRED, { retired: true, group: 0 }),
      slot("", "党员", "senior", RETIRED, { retired: true, group: 0 }),
      slot("", "党员", "senior", RETIRED, { retired: true, group: 0 }),
      slot("原人事处调研员", "党员", "senior", RETIRED_CADRE, { retired: true, group: 1 }),
      slot("", "党员", "senior", RETIRED, { retired: true, group: 1 }),
      slot("", "党员", "senior", RETIRED, { retired: true, group: 1 }),
      slot("", "党员", "senior", RETIRED, { retired: true, group: 1 }),
      {
        title: "",
        role: "党员",
        generation: "senior",
        base: [2000, 2900],
        retired: true,
        group: 1,
      },
    ],
  },
];

/** The fictional unit. */
export const UNIT_NAME = "上海市示范局机关党委";
