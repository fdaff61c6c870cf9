import "../browserPolyfills";
import { createOfficeHost } from "../excel/officeHost";
import { createCommandHandlers } from "./commandHandlers";
import { browserStorage, currentWorkbook, saveCommandOutcome } from "../excel/commandOutcomeStore";
import { registerCommands } from "./registerCommands";

/**
 * The function file (commands.html) behind the ribbon's 一键检查 and 清除标记. It runs in its own
 * hidden page (no shared runtime: the manifest schemas this project validates against predate it),
 * so results show in the workbook itself (marks and the 汇总表) and in the pane — at once when it is
 * open, else when next opened — keyed by the workbook's URL.
 */
registerCommands(
  createCommandHandlers({
    createHost: createOfficeHost,
    report: (outcome) => {
      saveCommandOutcome(browserStorage(), currentWorkbook(), outcome);
    },
  }),
  Office,
  globalThis as unknown as Record<string, unknown>
);

// Office calls the functions only after initialising the page; onReady completes that handshake.
void Office.onReady();
