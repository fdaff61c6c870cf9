import type { CellValue } from "../cell/types";
import type { MeetingType } from "../model/vocabulary";
import { BLANK, INVALID, parsed, type ParseResult } from "./result";
import { readCell, stripSpaces } from "./scan";

/** The 会议类型 cell may hold a sentence or a list; anything longer is not a type name. */
const MEETING_TEXT_LIMIT = 1000;

/**
 * Names of each meeting type as ledgers write them (specification.md's synonyms, plus 支委扩大会议: a
 * committee meeting others attend still counts as the committee's meeting).
 */
const SYNONYMS: Readonly<Record<MeetingType, readonly string[]>> = {
  general: ["支部党员大会", "党支部党员大会", "党员大会", "支部大会", "党支部大会"],
  committee: [
    "支部委员会",
    "支委会",
    "支委会议",
    "党支部委员会会议",
    "支部委员会会议",
    "党支部委员会",
    "支委扩大会议",
    "支委扩大会",
  ],
  group: ["党小组会", "党小组会议", "小组会"],
  lecture: ["党课", "微党课", "专题党课"],
  "theme-day": ["主题党日", "主题党日活动"],
  "org-life": ["组织生活会", "专题组织生活会"],
  appraisal: ["民主评议党员", "民主评议"],
  "democratic-life": ["民主生活会", "专题民主生活会"],
  "report-review": ["述职评议", "述职评议会", "述职评议会议", "书记述职", "述职"],
};

/** Longest first, so that at any position the most specific name wins. */
const NAMES: readonly { name: string; type: MeetingType }[] = (
  Object.entries(SYNONYMS) as [MeetingType, readonly string[]][]
)
  .flatMap(([type, names]) => names.map((name) => ({ name, type })))
  .sort((a, b) => b.name.length - a.name.length);

/**
 * Scans left to right; at each position the longest name that starts there is taken and its text
 * consumed, so "支部委员会" is not read again as something shorter and "民主评议党员大会" is an
 * appraisal, not a 党员大会. Text between names ("、", "+", "暨", brackets) is skipped.
 */
function typesIn(text: string): MeetingType[] {
  const found: MeetingType[] = [];
  let i = 0;
  while (i < text.length) {
    const hit = NAMES.find(({ name }) => text.startsWith(name, i));
    if (!hit) {
      i++;
      continue;
    }
    if (!found.includes(hit.type)) found.push(hit.type);
    i += hit.name.length;
  }
  return found;
}

/**
 * Reads 会议类型: every type the cell names, in order of first appearance, without duplicates
 * ("支部大会+党课" → general, lecture; "主题党日（支委会）" → theme-day, committee). Text naming
 * no known type is invalid.
 */
export function parseMeetingTypes(value: CellValue): ParseResult<MeetingType[]> {
  const input = readCell(value, MEETING_TEXT_LIMIT);
  if (input.kind === "blank") return BLANK;
  if (input.kind !== "text") return INVALID;
  const types = typesIn(stripSpaces(input.text));
  return types.length > 0 ? parsed(types) : INVALID;
}
