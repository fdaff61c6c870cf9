import * as React from "react";
import { createRoot } from "react-dom/client";
import { ThemedPane } from "../../../src/taskpane/ThemedPane";
import fixture from "../../fixtures/department-q1.workbook.json";
import { FakeHost } from "../fakeHost";
import { type SheetInput } from "../../../src/engine";

/**
 * The task pane in a plain page, over the golden department workbook, for looking at it in a
 * browser: ?lang=en-US, ?theme=dark, ?asOf=2024-03-25 (reminders), ?drop=培训台账 (a missing sheet),
 * ?manual=1 (each stage waits for paneHost.advance()).
 */
const params = new URLSearchParams(window.location.search);
const drop = params.get("drop");
const sheets = (fixture.sheets as SheetInput[]).filter((sheet) => sheet.name !== drop);
const host = new FakeHost({
  sheets,
  baseOptions: { asOf: params.get("asOf") ?? fixture.options.asOf },
  displayLanguage: params.get("lang") ?? "zh-CN",
  dark: params.get("theme") === "dark",
  manual: params.get("manual") === "1",
});
// The screenshot script reads what the pane asked of Excel (a keyboard-selected row).
Object.assign(window, { paneHost: host });

const container = document.getElementById("app");
if (container) createRoot(container).render(<ThemedPane host={host} />);
