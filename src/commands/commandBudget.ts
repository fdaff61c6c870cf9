import type { ExcelHost, HostCheckOutcome, StoredSettings } from "../excel/host";
import { CheckCancelledError } from "../excel/hostErrors";

/**
 * What a pane-less check may take. A function command runs in a runtime of its own, which Excel
 * ends shortly after `event.completed()` — and ends anyway after a few minutes (five, per the
 * issue that found it) when the add-in has no shared runtime, as this one does not
 * (https://learn.microsoft.com/office/dev/add-ins/design/add-in-commands). A check cut off while
 * marking would leave the workbook half-marked, so a large workbook goes to the pane, where a check
 * may take as long as it needs and can be cancelled.
 */
export interface CommandBudget {
  /** Ledger cells to read at most. */
  cells: number;
  /** Time until marking must have started; reading past it stops with nothing changed. */
  readMilliseconds: number;
}

export const COMMAND_BUDGET: CommandBudget = { cells: 1_000_000, readMilliseconds: 120_000 };

/** Why a pane-less check handed the workbook to the pane. */
export class CommandBudgetError extends Error {
  constructor(readonly reason: "size" | "time") {
    super(`the check exceeds the ribbon command's budget (${reason})`);
    this.name = "CommandBudgetError";
  }
}

/**
 * Runs the check, stopping it — before marking starts, when the workbook is left as it was — once
 * the ledgers prove larger than the budget or reading outlasts it. Once marking has started it runs
 * to its end; every mark, note and the 汇总表 (whose marker is written first) is recognisably ours,
 * so even a runtime ended by Excel leaves nothing that a new check or 清除标记 cannot take away.
 */
export async function runWithinBudget(
  host: ExcelHost,
  settings: StoredSettings,
  budget: CommandBudget
): Promise<HostCheckOutcome> {
  const controller = new AbortController();
  let exceeded: "size" | "time" | null = null;
  const stop = (reason: "size" | "time"): void => {
    if (exceeded === null) exceeded = reason;
    controller.abort();
  };
  let marking = false;
  const timer = setTimeout(() => {
    if (!marking) stop("time");
  }, budget.readMilliseconds);
  try {
    return await host.runCheck(
      settings,
      (progress) => {
        if (progress.stage === "read" && progress.total > budget.cells) stop("size");
        if (progress.stage === "mark" || progress.stage === "summary") marking = true;
      },
      controller.signal
    );
  } catch (error) {
    if (exceeded !== null && error instanceof CheckCancelledError) {
      throw new CommandBudgetError(exceeded);
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
