/**
 * What the pane says when it cannot run: opened in a browser outside Office, or office.js missing.
 * Written as plain DOM, in both languages, into the page's #app — React is not started, so nothing
 * can leave the pane blank. (A pane in Internet Explorer never gets here: its bundles do not parse,
 * and taskpane.html's own ES5 script shows the message for that case.)
 */
export const OUTSIDE_OFFICE = {
  "zh-CN":
    "党建台账检查需要在 Excel 中运行。请在 Excel 的“开始”选项卡中点击“党建台账”组的“打开检查面板”。",
  "en-US":
    "Party Ledger Check runs inside Excel. In Excel, on the Home tab, select Open Check Pane in the Party Ledgers group.",
} as const;

export function showOutsideOffice(container: HTMLElement): void {
  container.replaceChildren(
    ...[OUTSIDE_OFFICE["zh-CN"], OUTSIDE_OFFICE["en-US"]].map((text, i) => {
      const paragraph = document.createElement("p");
      paragraph.lang = i === 0 ? "zh-CN" : "en-US";
      paragraph.style.margin = "16px";
      paragraph.textContent = text;
      return paragraph;
    })
  );
  container.setAttribute("role", "alert");
}

/** Whether the page runs in an Office host with a document (Office.onReady's `host`, settings). */
export function insideOffice(host: unknown): boolean {
  if (host === null || host === undefined) return false;
  try {
    return typeof Office !== "undefined" && Office.context?.document !== undefined;
  } catch {
    return false;
  }
}
