import type { Draft, DraftRow } from "../draft";
import type { SampleBranch, SampleDepartment, SampleMember } from "../model";
import type { Random } from "../random";
import type { LedgerId, RuleId } from "../../engine";

/** A problem as an injector records it: the row it made wrong, before rows are numbered. */
export interface ProblemDraft {
  ruleId: RuleId;
  /** The sheet the problem shows in (单位信息 for the unit's own settings). */
  ledger: LedgerId;
  at?: DraftRow<unknown>;
  branch?: string;
  person?: string;
  period?: string;
  description: string;
}

export interface ProblemContext {
  department: SampleDepartment;
  draft: Draft;
  random: Random;
  year: number;
  /**
   * A member of the branch (any branch when omitted) who pays monthly, was there all year and
   * holds no office, not yet used by another problem: problems on one person would merge.
   */
  ordinaryMember(branch?: string, accept?: (member: SampleMember) => boolean): SampleMember;
}

/** Makes one kind of problem in the draft and says what it made. */
export type ProblemInjector = (context: ProblemContext) => ProblemDraft[];

export function branchNamed(department: SampleDepartment, index: number): SampleBranch {
  const branch = department.branches[index];
  if (!branch) throw new Error(`the sample department has no branch #${index + 1}`);
  return branch;
}

/** The one row the predicate picks, or an error naming what was looked for. */
export function onlyRow<M>(
  rows: readonly DraftRow<M>[],
  what: string,
  predicate: (row: DraftRow<M>) => boolean
): DraftRow<M> {
  const found = rows.filter(predicate);
  const row = found[0];
  if (!row || found.length > 1) {
    throw new Error(`expected exactly one ${what} in the sample, found ${found.length}`);
  }
  return row;
}

/** Removes rows from a ledger in place. */
export function removeRows<M>(rows: DraftRow<M>[], remove: readonly DraftRow<M>[]): void {
  for (const row of remove) {
    const index = rows.indexOf(row);
    if (index < 0) throw new Error("cannot remove a row that is not in the ledger");
    rows.splice(index, 1);
  }
}

export const quarterKey = (year: number, quarter: number): string => `${year}-Q${quarter}`;
