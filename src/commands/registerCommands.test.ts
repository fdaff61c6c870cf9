import type { CommandHandler } from "./commandHandlers";
import { registerCommands } from "./registerCommands";

function handlers(log: string[]): Record<"runCheck" | "clearMarks", CommandHandler> {
  return {
    runCheck: (event) => {
      log.push("runCheck");
      event.completed();
      return Promise.resolve();
    },
    clearMarks: (event) => {
      log.push("clearMarks");
      event.completed();
      return Promise.resolve();
    },
  };
}

const event = (): Office.AddinCommands.Event => ({
  source: { id: "PartyLedger.RunCheck" },
  completed: jest.fn(),
});

test("associates each function with Office.actions and exposes it globally for older hosts", () => {
  const log: string[] = [];
  const associated = new Map<string, (e: Office.AddinCommands.Event) => void>();
  const global: Record<string, unknown> = {};
  registerCommands(
    handlers(log),
    { actions: { associate: (id, action) => associated.set(id, action) } },
    global
  );
  expect([...associated.keys()]).toEqual(["runCheck", "clearMarks"]);
  expect(global.runCheck).toBe(associated.get("runCheck"));
  const clearEvent = event();
  associated.get("clearMarks")?.(clearEvent);
  expect(log).toEqual(["clearMarks"]);
  expect(clearEvent.completed).toHaveBeenCalledTimes(1);
});

test("works on hosts without Office.actions", () => {
  const log: string[] = [];
  const global: Record<string, unknown> = {};
  registerCommands(handlers(log), {}, global);
  const run = global.runCheck;
  expect(typeof run).toBe("function");
  if (typeof run === "function") run(event());
  expect(log).toEqual(["runCheck"]);
});
