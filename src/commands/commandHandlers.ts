import type { ExcelHost } from "../excel/host";
import { COMMAND_BUDGET, runWithinBudget, type CommandBudget } from "./commandBudget";
import { checkedMessage, clearedMessage, failedMessage } from "./commandMessages";
import type { CommandName, CommandOutcome } from "../excel/commandOutcome";

/** What Office passes to a function command; only completed() is used. */
export interface CommandEvent {
  completed(): void;
}

export type CommandHandler = (event: CommandEvent) => Promise<void>;

export interface CommandDeps {
  /** Builds the Excel host when a command runs (Office is ready by then). */
  createHost: () => ExcelHost;
  /** Records what the command did, for the task pane to show. */
  report: (outcome: CommandOutcome) => void;
  now?: () => Date;
  /** The pane-less check's budget; COMMAND_BUDGET unless a test sets its own. */
  budget?: CommandBudget;
}

/**
 * The ribbon's function commands. Each always calls event.completed() — Office shows the command
 * as busy, and queues the next click, until it does — and never throws: a failure becomes an
 * outcome with a message naming its cause.
 */
export function createCommandHandlers(deps: CommandDeps): Record<CommandName, CommandHandler> {
  const now = deps.now ?? (() => new Date());

  const run =
    (
      command: CommandName,
      body: (host: ExcelHost) => Promise<Omit<CommandOutcome, "command" | "ok" | "at">>
    ) =>
    async (event: CommandEvent): Promise<void> => {
      try {
        const outcome = await body(deps.createHost());
        deps.report({ command, ok: true, at: now().toISOString(), ...outcome });
      } catch (error) {
        // The console is the only diagnostic channel of a function command's hidden page.
        console.error(`party-ledger-check: ${command} failed`, error);
        deps.report({
          command,
          ok: false,
          at: now().toISOString(),
          message: failedMessage(command, error),
        });
      } finally {
        event.completed();
      }
    };

  return {
    runCheck: run("runCheck", async (host) => {
      const settings = await host.loadSettings();
      const outcome = await runWithinBudget(host, settings, deps.budget ?? COMMAND_BUDGET);
      try {
        // The 汇总表 is what a check without the pane shows the user, so bring it to the front.
        await host.selectRow(outcome.summarySheet, 1, "A");
      } catch (error) {
        console.warn("party-ledger-check: could not show the summary sheet", error);
      }
      return {
        message: checkedMessage(outcome.result.totals, outcome.summarySheet, outcome.skippedSheets),
        totals: outcome.result.totals,
        summarySheet: outcome.summarySheet,
        skippedSheets: outcome.skippedSheets,
      };
    }),
    clearMarks: run("clearMarks", async (host) => {
      const outcome = await host.clearMarks();
      return { message: clearedMessage(outcome), skippedSheets: outcome.skippedSheets };
    }),
  };
}
