/** The body class under which taskpane.html's print rules show the branch's list alone. */
export const PRINTING_CLASS = "pl-printing";

/**
 * Prints the branch's list (the pane's [data-print-report] section) and nothing else. Excel on
 * Windows and on the web print from the pane; Excel for Mac ignores window.print() in add-ins
 * (https://github.com/OfficeDev/office-js/issues/3385), which help.html says, with 复制清单 as the
 * way there. The class stays until the print dialog closes.
 */
export function printReport(win: Window = window): void {
  const body = win.document.body;
  body.classList.add(PRINTING_CLASS);
  const done = (): void => body.classList.remove(PRINTING_CLASS);
  win.addEventListener("afterprint", done, { once: true });
  try {
    win.print();
  } catch {
    done();
  }
}
