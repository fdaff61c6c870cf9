/** Excel's limit on the characters of one cell (Excel specifications and limits). */
export const MAX_CELL_TEXT = 32_767;

/**
 * Text that fits one cell: longer text is cut below the limit and ends with "…" (a ledger text
 * near the limit can grow past it inside a finding's message). A surrogate pair is never split.
 */
export function fitCellText(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  let end = MAX_CELL_TEXT - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
