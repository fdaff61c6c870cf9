import { addMonthsSerial, serialOf, workdaysOfMonth } from "./calendar";
import { BRANCH_PLANS, type BranchPlan, type MemberSlot, UNIT_NAME } from "./departmentPlan";
import type { SampleBranch, SampleDepartment, SampleMember } from "./model";
import { createNamer } from "./names";
import type { Random } from "./random";

/** How many retired members pay a quarter at once, with the branch's consent. */
const QUARTERLY_PAYERS = 4;

type Namer = ReturnType<typeof createNamer>;

/** A workday of the month within the given days (1–28 keeps every date valid a year later). */
function workdayIn(random: Random, year: number, month: number, from: number, to: number): number {
  return random.pick(workdaysOfMonth(year, month, from, to));
}

function baseIn(random: Random, [min, max]: readonly [number, number]): number {
  // Multiples of 10 yuan give whole fen at every rate, as real bases after rounding mostly do.
  return random.int(Math.ceil(min / 10), Math.floor(max / 10)) * 10;
}

function memberFrom(slot: MemberSlot, plan: BranchPlan, random: Random, name: Namer): SampleMember {
  return {
    name: name(slot.generation),
    branch: plan.name,
    group: slot.group === undefined ? "" : (plan.groups[slot.group] ?? ""),
    personCategory: slot.retired ? "离退休" : "在职",
    partyRole: slot.role,
    adminTitle: slot.title,
    isLeader: slot.leader === true,
    base: baseIn(random, slot.base),
    paysQuarterly: false,
    inRoster: true,
  };
}

/** Fills in the dates that make a member's year special: admission and transfers. */
function applyTag(member: SampleMember, slot: MemberSlot, random: Random, year: number): void {
  switch (slot.tag) {
    case "admittedLastYear": {
      member.admitted = workdayIn(random, year - 1, random.int(9, 10), 5, 25);
      member.probationEnds = addMonthsSerial(member.admitted, 12);
      return;
    }
    case "admittedThisYear": {
      // Admitted at the branch's second-quarter general meeting, which is dated the same day.
      member.admitted = workdayIn(random, year, 6, 16, 27);
      member.probationEnds = addMonthsSerial(member.admitted, 12);
      return;
    }
    case "transferIn":
      // Before the collection day, so April's dues are collected with everyone else's.
      member.transferredIn = workdayIn(random, year, 4, 1, 11);
      return;
    case "transferOut":
      // After the collection day: July's dues were paid before the member left.
      member.transferredOut = workdayIn(random, year, 7, 18, 25);
      return;
    case "previousSecretary":
      member.transferredOut = workdayIn(random, year, 2, 18, 26);
      return;
    default:
      return;
  }
}

function buildBranch(plan: BranchPlan, random: Random, name: Namer, year: number): SampleBranch {
  const members: SampleMember[] = [];
  const committee: SampleMember[] = [];
  let secretary: SampleMember | undefined;
  let previousSecretary: SampleMember | undefined;
  for (const slot of plan.slots) {
    const member = memberFrom(slot, plan, random, name);
    applyTag(member, slot, random, year);
    members.push(member);
    if (slot.committee) committee.push(member);
    if (slot.tag === "previousSecretary") previousSecretary = member;
    else if (slot.role === "书记") secretary = member;
  }
  let appointed = workdayIn(random, year - plan.secretarySinceYearsAgo, random.int(3, 11), 1, 28);
  if (plan.newSecretary) {
    const arrived = workdayIn(random, year, 3, 3, 7);
    secretary = {
      ...memberFrom({ ...plan.newSecretary, role: "书记" }, plan, random, name),
      transferredIn: arrived,
      inRoster: false,
    };
    // Elected at a by-election a few days after the transfer came through.
    appointed = workdayIn(random, year, 3, 10, 14);
    members.push(secretary);
  }
  if (!secretary) throw new Error(`branch plan ${plan.name} has no 书记 slot`);
  return {
    name: plan.name,
    orgLifeStyle: plan.orgLifeStyle,
    secretary,
    secretaryAppointed: appointed,
    secretaryTitle: plan.secretaryTitle,
    isPrincipal: plan.isPrincipal,
    hasCommittee: plan.hasCommittee,
    electionDate: workdayIn(random, year - plan.electedYearsAgo, plan.electedMonth, 1, 28),
    termYears: plan.termYears,
    groups: [...plan.groups],
    members,
    committee,
    ...(previousSecretary ? { previousSecretary } : {}),
  };
}

function findTagged(
  branches: readonly SampleBranch[],
  tag: "departmentSecretary" | "agencySecretary"
): SampleMember {
  for (const [index, plan] of BRANCH_PLANS.entries()) {
    const slotIndex = plan.slots.findIndex((s) => s.tag === tag);
    const member = branches[index]?.members[slotIndex];
    if (slotIndex >= 0 && member) return member;
  }
  throw new Error(`no branch plan holds the ${tag}`);
}

/** The fictional department of the given year, its names and figures drawn from the seed. */
export function buildDepartment(random: Random, year: number): SampleDepartment {
  const name = createNamer(random);
  const branches = BRANCH_PLANS.map((plan) => buildBranch(plan, random, name, year));
  const retired = branches.flatMap((b) => b.members.filter((m) => m.personCategory === "离退休"));
  for (const member of random.sample(retired, QUARTERLY_PAYERS)) member.paysQuarterly = true;
  const first = branches[0];
  const notLeaders = first?.committee.filter((m) => !m.isLeader) ?? [];
  const deputy = notLeaders.find((m) => m.partyRole === "纪检委员") ?? notLeaders[0];
  if (!deputy) throw new Error("the first branch has no committee to take the deputy from");
  return {
    year,
    unitName: UNIT_NAME,
    departmentSecretary: findTagged(branches, "departmentSecretary"),
    agencySecretary: findTagged(branches, "agencySecretary"),
    // The 机关党委专职副书记 serves on the first branch's committee.
    agencyDeputySecretary: deputy,
    // Elected five years before the sample's November: its term ran out during the year (a problem).
    agencyElected: serialOf(year - 5, 11, 18),
    agencyTermYears: 5,
    branches,
  };
}
