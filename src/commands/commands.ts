import { createOfficeHost } from "../excel/officeHost";
import { createCommandHandlers } from "./commandHandlers";
import { browserStorage, saveCommandOutcome } from "../excel/commandOutcomeStore";
import { registerCommands } from "./registerCommands";

/**
 * The function file (commands.html) behind the ribbon's 一键检查 and 清除标记. It runs in its own
 * hidden page (no shared runtime: the manifest schemas this project validates against predate it),
 * so results show in the workbook itself (marks and the 汇总表) and in the pane when next opened.
 */
registerCommands(
  createCommandHandlers({
    createHost: createOfficeHost,
    report: (outcome) => {
      saveCommandOutcome(browserStorage(), outcome);
    },
  }),
  Office,
  globalThis as unknown as Record<string, unknown>
);

// Office calls the functions only after initialising the page; onReady completes that handshake.
void Office.onReady();
