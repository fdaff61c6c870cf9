import type { CommandName } from "../excel/commandOutcome";
import type { CommandHandler } from "./commandHandlers";

/** The part of the Office namespace registration needs; Office.actions is absent on older hosts. */
export interface ActionsHost {
  actions?: {
    associate(actionId: string, action: (event: Office.AddinCommands.Event) => void): void;
  };
}

/**
 * Makes each handler callable by the FunctionName the manifest gives it: through
 * Office.actions.associate where the host has it, and as a global function too, which is how hosts
 * before the associate API find function commands.
 */
export function registerCommands(
  handlers: Record<CommandName, CommandHandler>,
  office: ActionsHost,
  global: Record<string, unknown>
): void {
  for (const [name, handler] of Object.entries(handlers) as [CommandName, CommandHandler][]) {
    const action = (event: Office.AddinCommands.Event): void => {
      void handler(event);
    };
    if (typeof office.actions?.associate === "function") office.actions.associate(name, action);
    global[name] = action;
  }
}
