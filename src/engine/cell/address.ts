/** 0-based column index → Excel column letters (0 → "A", 26 → "AA"). */
export function columnLetter(index: number): string {
  let n = Math.floor(index) + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Excel column letters → 0-based index, or undefined for anything that is not letters. */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export interface CellPosition {
  /** 1-based sheet row. */
  row: number;
  /** 0-based column index. */
  column: number;
}

/** Parses "B3" or "$B$3" (also "Sheet1!B3" and the first cell of "B3:D9"); undefined when unreadable. */
export function parseCellAddress(address: string): CellPosition | undefined {
  const afterSheet = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const first = afterSheet.split(":")[0] ?? "";
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(first.trim());
  if (!match) return undefined;
  const column = columnIndex(match[1] ?? "");
  const row = Number(match[2]);
  if (column === undefined || !Number.isInteger(row) || row < 1) return undefined;
  return { row, column };
}

/** "B3"-style address of a 1-based row and 0-based column. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}
