import { dateCell, writeDate } from "./dateCells";
import type { Draft } from "./draft";
import { COLLECTION_DAY_TEXT } from "./dues";
import type { SampleDepartment, SampleMember } from "./model";
import type { Random } from "./random";
import type { CellValue, UnitInfoKey } from "../engine";

const yesNo = (value: boolean): string => (value ? "是" : "否");

export function unitInfoOf(department: SampleDepartment): Record<UnitInfoKey, CellValue> {
  return {
    unitName: department.unitName,
    departmentSecretary: department.departmentSecretary.name,
    agencySecretary: department.agencySecretary.name,
    year: department.year,
    collectionDay: COLLECTION_DAY_TEXT,
    lectureFrequency: "季度",
    agencyDeputySecretary: department.agencyDeputySecretary.name,
    agencyElectionDate: writeDate(department.agencyElected, "serial"),
    agencyTermYears: department.agencyTermYears,
    // The 汇总表's sign-off: the full-time deputy fills it in, the committee's secretary checks it;
    // the date is left for the day it is signed. The number is a placeholder, not anyone's.
    reporter: department.agencyDeputySecretary.name,
    reporterPhone: "021-12345678",
    reviewer: department.agencySecretary.name,
    reportDate: "",
  };
}

export function branchRows(department: SampleDepartment, random: Random): Draft["branches"] {
  return department.branches.map((branch) => ({
    meta: { branch: branch.name },
    cells: {
      name: branch.name,
      secretary: branch.secretary.name,
      secretaryAppointed: dateCell(random, branch.secretaryAppointed, 0.3),
      secretaryTitle: branch.secretaryTitle,
      isPrincipal: yesNo(branch.isPrincipal),
      hasCommittee: yesNo(branch.hasCommittee),
      electionDate: dateCell(random, branch.electionDate, 0.3),
      termYears: random.pick([3, "3年", 3]),
    },
  }));
}

/** 党员类别 as the roster shows it when the sample is checked: 预备 until the probation has ended. */
function memberCategory(member: SampleMember, asOf: number): string {
  return member.probationEnds !== undefined && member.probationEnds > asOf
    ? "预备党员"
    : "正式党员";
}

const optionalDate = (serial: number | undefined): CellValue =>
  serial === undefined ? "" : writeDate(serial, "serial");

export function memberRows(department: SampleDepartment, asOf: number): Draft["members"] {
  return department.branches
    .flatMap((b) => b.members)
    .filter((m) => m.inRoster)
    .map((member) => ({
      meta: { member },
      cells: {
        name: member.name,
        branch: member.branch,
        group: member.group,
        memberCategory: memberCategory(member, asOf),
        personCategory: member.personCategory,
        partyRole: member.partyRole,
        adminTitle: member.adminTitle,
        isLeader: yesNo(member.isLeader),
        probationaryAdmitted: optionalDate(member.admitted),
        transferredIn: optionalDate(member.transferredIn),
        transferredOut: optionalDate(member.transferredOut),
      },
    }));
}
