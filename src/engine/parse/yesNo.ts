import type { CellValue } from "../cell/types";
import { BLANK, INVALID, parsed, type ParseResult } from "./result";
import { readCell, stripSpaces, stripTrailingNotes } from "./scan";

/** Words and marks for yes, compared upper-cased and without spaces. */
const YES = new Set([
  "是",
  "是的",
  "对",
  "Y",
  "YES",
  "TRUE",
  "T",
  "1",
  "√",
  "✓",
  "✔",
  "☑",
  "有",
  "已设",
  "已设立",
  "设",
  "设立",
  "已设置",
]);

/** Words and marks for no. A letter X is how many people type a cross. */
const NO = new Set([
  "否",
  "不是",
  "N",
  "NO",
  "FALSE",
  "F",
  "0",
  "×",
  "X",
  "✗",
  "✘",
  "☒",
  "无",
  "没有",
  "未设",
  "未设立",
  "不设",
  "未设置",
]);

/**
 * Reads a yes/no cell: 是/否, Y/N, yes/no in any case, √/×, ✓/✗, 有/无, 已设/未设, 设/不设,
 * TRUE/FALSE, 1/0. A trailing note is ignored ("否（未满7人）"). Any other text or number is
 * invalid, never guessed.
 */
export function parseYesNo(value: CellValue): ParseResult<boolean> {
  const input = readCell(value);
  switch (input.kind) {
    case "blank":
      return BLANK;
    case "boolean":
      return parsed(input.value);
    case "number":
      return input.value === 1 ? parsed(true) : input.value === 0 ? parsed(false) : INVALID;
    case "text": {
      const word = stripSpaces(stripTrailingNotes(input.text)).toUpperCase();
      if (YES.has(word)) return parsed(true);
      if (NO.has(word)) return parsed(false);
      return INVALID;
    }
    default:
      return INVALID;
  }
}
