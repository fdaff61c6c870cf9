import type { ProblemInjector } from "./context";
import { DUES_PROBLEMS } from "./duesProblems";
import { LECTURE_PROBLEMS } from "./lectureProblems";
import { MEETING_PROBLEMS } from "./meetingProblems";
import { ORG_PROBLEMS } from "./orgProblems";
import { STRUCTURE_PROBLEMS } from "./structureProblems";
import { TALK_PROBLEMS } from "./talkProblems";
import { TRAINING_PROBLEMS } from "./trainingProblems";

/** Every deliberate problem, in the order the doc lists them. */
export const PROBLEM_INJECTORS: readonly ProblemInjector[] = [
  ...ORG_PROBLEMS,
  ...MEETING_PROBLEMS,
  ...LECTURE_PROBLEMS,
  ...DUES_PROBLEMS,
  ...TRAINING_PROBLEMS,
  ...TALK_PROBLEMS,
  ...STRUCTURE_PROBLEMS,
];

export type { ProblemContext, ProblemDraft, ProblemInjector } from "./context";
