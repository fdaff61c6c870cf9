import { isoOf, serialOf } from "./calendar";
import { buildDepartment } from "./department";
import { type Draft, sheetNameOf, toValues } from "./draft";
import { buildDues } from "./dues";
import { buildLectures } from "./lectures";
import { branchMeetings } from "./meetings";
import type { SampleDepartment, SampleMember } from "./model";
import { branchRows, memberRows, unitInfoOf } from "./organisation";
import { PROBLEM_INJECTORS, type ProblemContext, type ProblemDraft } from "./problems";
import { createRandom, type Random } from "./random";
import { buildTalks } from "./talks";
import { buildTraining } from "./training";
import { unitMeetings } from "./unitMeetings";
import {
  DEFAULT_SAMPLE_SEED,
  DEFAULT_SAMPLE_YEAR,
  type SampleOptions,
  type SampleProblem,
  type SampleWorkbookData,
} from "./types";
import { TEMPLATE_FIRST_DATA_ROW } from "../engine/template";

/** The check runs a fortnight into the next year, when every period of the sample year has ended. */
const asOfFor = (year: number): number => serialOf(year + 1, 1, 15);

function cleanDraft(department: SampleDepartment, random: Random): Draft {
  const { year } = department;
  return {
    branches: branchRows(department, random),
    members: memberRows(department, asOfFor(year)),
    meetings: [
      ...department.branches.flatMap((b) => branchMeetings(b, random, year)),
      ...unitMeetings(department, random),
    ],
    lectures: buildLectures(department, random),
    dues: buildDues(department, random),
    training: buildTraining(department, random),
    talks: buildTalks(department, random),
  };
}

/** Members a problem may be pinned on without touching anything else that is special about them. */
function ordinaryMembers(department: SampleDepartment): SampleMember[] {
  const officers = new Set<SampleMember>([
    department.departmentSecretary,
    department.agencySecretary,
    department.agencyDeputySecretary,
  ]);
  for (const b of department.branches) {
    officers.add(b.secretary);
    if (b.previousSecretary) officers.add(b.previousSecretary);
  }
  return department.branches
    .flatMap((b) => b.members)
    .filter(
      (m) =>
        m.inRoster &&
        !officers.has(m) &&
        // Leading cadres hold office too: a 副局长 seconded elsewhere would read oddly.
        !m.isLeader &&
        !m.paysQuarterly &&
        m.personCategory === "在职" &&
        m.admitted === undefined &&
        m.transferredIn === undefined &&
        m.transferredOut === undefined
    );
}

function problemContext(
  department: SampleDepartment,
  draft: Draft,
  random: Random
): ProblemContext {
  const available = ordinaryMembers(department);
  return {
    department,
    draft,
    random,
    year: department.year,
    ordinaryMember(branch, accept = () => true) {
      const candidates = available.filter(
        (m) => (branch === undefined || m.branch === branch) && accept(m)
      );
      if (candidates.length === 0)
        throw new Error(`no ordinary member left in ${branch ?? "the unit"}`);
      const member = random.pick(candidates);
      available.splice(available.indexOf(member), 1);
      return member;
    },
  };
}

function resolve(draft: Draft, problems: readonly ProblemDraft[]): SampleProblem[] {
  return problems.map(({ ledger, at, ...rest }, index) => {
    const problem: SampleProblem = {
      id: `P${String(index + 1).padStart(2, "0")}`,
      ruleId: rest.ruleId,
      sheet: sheetNameOf(ledger),
      description: rest.description,
    };
    if (at && ledger !== "unitInfo") {
      const row = (draft[ledger] as readonly unknown[]).indexOf(at);
      if (row < 0)
        throw new Error(`problem "${rest.description}" points at a row no longer in ${ledger}`);
      problem.row = row + TEMPLATE_FIRST_DATA_ROW;
    }
    if (rest.branch !== undefined) problem.branch = rest.branch;
    if (rest.person !== undefined) problem.person = rest.person;
    if (rest.period !== undefined) problem.period = rest.period;
    return problem;
  });
}

/**
 * The demonstration workbook: a fictional department's full year of ledgers, sound throughout
 * except for the documented problems. The same seed and year always give the same workbook.
 */
export function generateSample(options: SampleOptions = {}): SampleWorkbookData {
  const year = options.year ?? DEFAULT_SAMPLE_YEAR;
  const seed = options.seed ?? DEFAULT_SAMPLE_SEED;
  if (!Number.isInteger(year) || year < 1990 || year > 2199) {
    throw new RangeError(`sample year must be a whole year 1990–2199, got ${year}`);
  }
  const random = createRandom(seed);
  const department = buildDepartment(random, year);
  const draft = cleanDraft(department, random);
  const context = problemContext(department, draft, random);
  const drafts = PROBLEM_INJECTORS.flatMap((inject) => inject(context));
  const rows: SampleWorkbookData["rows"] = {
    branches: toValues("branches", draft.branches),
    members: toValues("members", draft.members),
    meetings: toValues("meetings", draft.meetings),
    lectures: toValues("lectures", draft.lectures),
    dues: toValues("dues", draft.dues),
    training: toValues("training", draft.training),
    talks: toValues("talks", draft.talks),
  };
  return {
    year,
    asOf: isoOf(asOfFor(year)),
    unitInfo: unitInfoOf(department),
    rows,
    problems: resolve(draft, drafts),
  };
}
