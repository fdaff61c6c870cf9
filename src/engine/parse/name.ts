import type { CellValue } from "../cell/types";
import { BLANK, INVALID, parsed, type ParseResult } from "./result";
import { readCell } from "./scan";
import { toHalfWidth } from "./text";
import { LETTER_CLASSES } from "./unicodeLetters";

/** A single name; longer text is a sentence or a list, not a name. */
const NAME_LIMIT = 64;
/** A list of attendees may be long (a large branch), but not unbounded. */
const LIST_TEXT_LIMIT = 20_000;

const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]|[\uD840-\uD87F][\uDC00-\uDFFF]/;
/** The middle dots of minority and foreign names in Chinese (阿依古丽·买买提) → "·". */
const MIDDLE_DOTS = /[\u00B7\u2022\u2027\u22C5\u30FB\uFF65]/g;
/**
 * What a name may contain: letters, combining marks, the middle dot and, for Latin names, spaces,
 * apostrophes, hyphens and full stops. Digits and other symbols ("=SUM", "#N/A", "？") never occur.
 */
const NAME_CHARACTERS = new RegExp(
  `^[${LETTER_CLASSES.letter}${LETTER_CLASSES.mark}·' .\\u2019-]+$`,
  "u"
);
const HAS_LETTER = new RegExp(`[${LETTER_CLASSES.letter}]`, "u");
/**
 * Words that say who attended without naming them: "全体党员", "全体支委", "其他人员". A list
 * holding them is not a list of names.
 */
const COLLECTIVE = /全体|全部|所有|其他|其余|以上|党员|人员|成员|委员|支委|同志们/;
/** "张三等": more people than are named. */
const TRAILING_ETC = /等$/;
/** Parenthetical notes anywhere: "张三（书记）", "(主持)", "【代】". */
const NOTES = /\s*[([【][^()[\]【】]*[)\]】]/g;

/**
 * Cleans one name (already half-width and without notes): Chinese names lose every space
 * ("张  三" → "张三"), Latin names keep single spaces; undefined when it is not a name.
 */
function cleanName(raw: string): string | undefined {
  const text = raw.trim();
  const name = CJK.test(text)
    ? text.replace(/\s+/g, "").replace(MIDDLE_DOTS, "·")
    : text.replace(/\s+/g, " ");
  if (name.length === 0 || name.length > NAME_LIMIT) return undefined;
  if (!NAME_CHARACTERS.test(name) || !HAS_LETTER.test(name)) return undefined;
  if (COLLECTIVE.test(name) || TRAILING_ETC.test(name)) {
    return undefined;
  }
  return name;
}

function withoutNotes(text: string): string {
  return text.replace(NOTES, "");
}

/**
 * Reads a person's name: half-width, trailing notes ("（书记）", "(支部书记)", "（主持）",
 * "（代）") removed, padding inside Chinese names removed. Text without letters, with digits or
 * symbols, or naming a group ("全体党员") is invalid.
 */
export function parseName(value: CellValue): ParseResult<string> {
  const input = readCell(value, LIST_TEXT_LIMIT);
  if (input.kind === "blank") return BLANK;
  if (input.kind !== "text") return INVALID;
  const name = cleanName(withoutNotes(input.text));
  return name === undefined ? INVALID : parsed(name);
}

/** Separators between names that are never part of one. */
const SEPARATORS = /[、，,；;／/|\n\r\uFE51]+/;

/** A run of single characters is a name; one lone character belongs to the name before it. */
function flushSingles(names: string[], singles: string): void {
  const last = names.length - 1;
  if ([...singles].length === 1 && last >= 0) names[last] += singles;
  else if (singles) names.push(singles);
}

/**
 * Splits a Chinese chunk on spaces, except where the spaces pad a name: ledgers align names as
 * "张  三", and no Chinese name is one character. So runs of single characters join into one
 * name ("赵  六 李四" → 赵六, 李四), and a lone single character joins the name before it
 * ("欧阳 修"), or the one after it when it comes first ("张 三丰"); "李四 王五" is two names.
 */
function splitChineseChunk(chunk: string): string[] {
  const names: string[] = [];
  // Consecutive single characters seen since the last full name.
  let singles = "";
  for (const piece of chunk.split(/\s+/).filter((p) => p.length > 0)) {
    if ([...piece].length === 1) {
      singles += piece;
    } else if ([...singles].length === 1 && names.length === 0) {
      names.push(singles + piece);
      singles = "";
    } else {
      flushSingles(names, singles);
      singles = "";
      names.push(piece);
    }
  }
  flushSingles(names, singles);
  return names;
}

function chunksOf(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.length > 0)
    .flatMap((chunk) => (CJK.test(chunk) ? splitChineseChunk(chunk) : [chunk]));
}

/** Explicit "nobody": an empty list, not a person called 无. */
const NOBODY = new Set(["无", "无人", "没有", "暂无"]);

/**
 * Reads a list of names (参加人员, 实到人员): split on 、，,；;／/ and line breaks, and on spaces
 * between Chinese names (Latin names keep theirs); each part read as by parseName; duplicates
 * dropped, order kept. "无" is an empty list. If any part is not a name ("共12人", "全体党员",
 * "张三等5人") the whole cell is invalid: a partial list would make named people look absent.
 */
export function parseNameList(value: CellValue): ParseResult<string[]> {
  const input = readCell(value, LIST_TEXT_LIMIT);
  if (input.kind === "blank") return BLANK;
  if (input.kind !== "text" || typeof value !== "string") return INVALID;
  // From the raw cell, not the collapsed text: line breaks separate names.
  const text = withoutNotes(toHalfWidth(value));
  if (NOBODY.has(text.replace(/\s+/g, ""))) return parsed([]);
  const names: string[] = [];
  for (const chunk of chunksOf(text)) {
    const name = cleanName(chunk);
    if (name === undefined) return INVALID;
    if (!names.includes(name)) names.push(name);
  }
  return names.length > 0 ? parsed(names) : INVALID;
}
