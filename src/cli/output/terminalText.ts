/**
 * Text from workbooks goes to a terminal: a cell holding ESC (stored as `_x001B_`) could clear the
 * screen, set the window title or fake output, and bidirectional overrides could reorder a line.
 * Everything printed that came from a file passes through here first.
 */
export function terminalText(text: string): string {
  let clean = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isUnsafe(text.charCodeAt(i))) continue;
    clean += text.slice(start, i);
    start = i + 1;
  }
  return start === 0 ? text : clean + text.slice(start);
}

function isUnsafe(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a;
  if (code >= 0x7f && code <= 0x9f) return true;
  // Bidirectional embeddings, overrides and isolates.
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/**
 * JSON as printed: JSON.stringify escapes C0 controls but leaves DEL, C1 controls and the
 * bidirectional controls raw; those become \u escapes too, so the data is unchanged and a
 * terminal showing it is not driven by it.
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
