import { CliError } from "../cliError";
import { pathIdentity } from "./pathIdentity";

/** One path a run reads or writes, and what it is for (named in the message of a clash). */
export interface RunPath {
  path: string;
  role: "input" | "output";
}

/**
 * Refuses, before anything is written, a run in which an output would land on an input or on
 * another output of the same run: the department's only copy of a ledger must never be replaced
 * by a report, and one checked copy never by another.
 */
export function refuseClashes(
  paths: readonly RunPath[],
  describe: (first: RunPath, second: RunPath) => string
): void {
  const seen = new Map<string, RunPath>();
  for (const entry of paths) {
    const key = pathIdentity(entry.path);
    const earlier = seen.get(key);
    if (earlier && (earlier.role === "output" || entry.role === "output")) {
      throw new CliError(describe(earlier, entry));
    }
    if (!earlier) seen.set(key, entry);
  }
}
