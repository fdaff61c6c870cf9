/** The fictional department behind the sample workbook: who belongs where, and since when. */

export type PersonCategoryText = "在职" | "离退休";
export type PartyRoleText =
  "书记" | "副书记" | "组织委员" | "宣传委员" | "纪检委员" | "党小组长" | "党员";

export interface SampleMember {
  name: string;
  branch: string;
  /** "" for branches without 党小组. */
  group: string;
  personCategory: PersonCategoryText;
  partyRole: PartyRoleText;
  adminTitle: string;
  isLeader: boolean;
  /** 接收预备党员日期 (serial), for members admitted last year or this year. */
  admitted?: number;
  /** The day the one-year probation ends (转正 assumed on time); no vote before it. */
  probationEnds?: number;
  transferredIn?: number;
  transferredOut?: number;
  /** 党费基数 in yuan (a multiple of 10, so every rate gives whole fen). */
  base: number;
  /** Pays a quarter at once with the branch's consent (retired members, mostly). */
  paysQuarterly: boolean;
  /** False for a member the 党员名册 has not caught up with. */
  inRoster: boolean;
}

/** How a branch records its 组织生活会 and 民主评议党员 (officers differ; all three are sound). */
export type OrgLifeStyle = "combined" | "topic" | "separate";

export interface SampleBranch {
  name: string;
  orgLifeStyle: OrgLifeStyle;
  /** The secretary as 支部信息 names them now. */
  secretary: SampleMember;
  secretaryAppointed: number;
  secretaryTitle: string;
  isPrincipal: boolean;
  hasCommittee: boolean;
  electionDate: number;
  termYears: number;
  groups: string[];
  /** Everyone who belonged to the branch at some time in the year, roster order. */
  members: SampleMember[];
  /** 支委会 members other than the secretary. */
  committee: SampleMember[];
  /** The secretary before a change during the year, with the day they left. */
  previousSecretary?: SampleMember;
}

export interface SampleDepartment {
  year: number;
  unitName: string;
  /** 部门党组（党委）书记 */
  departmentSecretary: SampleMember;
  /** 机关党委书记 */
  agencySecretary: SampleMember;
  /** 机关党委专职副书记 (a member of one of the branches). */
  agencyDeputySecretary: SampleMember;
  /** The current 机关党委's election (serial) and term in years. */
  agencyElected: number;
  agencyTermYears: number;
  branches: SampleBranch[];
}

/** Whether the member belonged to the branch on the day: admitted or arrived by then, not yet gone. */
export function isMemberOn(member: SampleMember, day: number): boolean {
  if (member.admitted !== undefined && member.admitted > day) return false;
  if (member.transferredIn !== undefined && member.transferredIn > day) return false;
  return member.transferredOut === undefined || member.transferredOut > day;
}

/** A 预备党员 has no vote until the probation ends. */
export function hasVoteOn(member: SampleMember, day: number): boolean {
  return member.probationEnds === undefined || member.probationEnds <= day;
}

export function membersOn(branch: SampleBranch, day: number): SampleMember[] {
  return branch.members.filter((m) => isMemberOn(m, day));
}

/** The person who chairs the branch's business on the day (the secretary of the time). */
export function secretaryOn(branch: SampleBranch, day: number): SampleMember {
  const previous = branch.previousSecretary;
  if (previous && previous.transferredOut !== undefined && day < previous.transferredOut) {
    return previous;
  }
  if (day >= branch.secretaryAppointed || !previous) return branch.secretary;
  // Between the old secretary's leaving and the new one's arrival a committee member stands in.
  return branch.committee[0] ?? branch.members.find((m) => isMemberOn(m, day)) ?? previous;
}
