/**
 * Text from a workbook without the characters that could drive whatever shows it: C0 and C1
 * control characters (a cell can hold ESC, stored as `_x001B_`) other than tab and line feed, and
 * bidirectional embeddings, overrides and isolates that could reorder a line. The command line
 * prints nothing from a file without passing it through here, and the messages a check writes into
 * a workbook name sheets the same way wherever the check runs.
 */
export function withoutControlCharacters(text: string): string {
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
