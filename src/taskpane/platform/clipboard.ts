/**
 * Puts plain text on the clipboard from the pane. The asynchronous Clipboard API is tried first;
 * where a host's frame does not allow it ("blocked because of a permissions policy", as Outlook on
 * the web does: https://github.com/OfficeDev/office-js/issues/1991) or a browser lacks it, the older
 * copy command on a selected, off-screen text area. Resolves false when neither worked, so the
 * caller can show the text for Ctrl+C.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
  if (clipboard && typeof clipboard.writeText === "function") {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Falls through to the copy command.
    }
  }
  return copyWithCommand(text, doc);
}

function copyWithCommand(text: string, doc: Document): boolean {
  if (typeof doc.execCommand !== "function") return false;
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.left = "-9999px";
  area.style.top = "0";
  doc.body.appendChild(area);
  const focused = doc.activeElement;
  try {
    area.select();
    // Deprecated but still the one path some webviews allow without a permission.
    return doc.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
    if (focused instanceof HTMLElement) focused.focus();
  }
}
