import type { CellValue } from "../cell/types";
import type { DateCell, ValueKind } from "../model/ledgers";
import type {
  MeetingType,
  MemberCategory,
  MemberStatus,
  PartyRole,
  PersonCategory,
} from "../model/vocabulary";
import {
  parseAmount,
  parseCount,
  parseDate,
  parseHours,
  parseMeetingTypes,
  parseMemberCategory,
  parseMemberStatus,
  parseMonthRange,
  parseName,
  parseNameList,
  parsePartyRole,
  parsePersonCategory,
  parseRatio,
  parseYears,
  parseYesNo,
  type MonthRange,
} from "../parse";
import { BLANK, type ParseResult, parsed } from "../parse/result";
import { cellText, normalizeText } from "../parse/text";

/** What a cell of each kind reads as. */
export interface KindValues {
  text: string;
  name: string;
  names: string[];
  date: DateCell;
  "month-range": MonthRange;
  amount: number;
  ratio: number;
  count: number;
  hours: number;
  years: number;
  "yes-no": boolean;
  "meeting-types": MeetingType[];
  "member-category": MemberCategory;
  "member-status": MemberStatus;
  "person-category": PersonCategory;
  "party-role": PartyRole;
}

/** Any value a cell reads as. */
export type CellReading = KindValues[ValueKind];

export type CellReader<T> = (value: CellValue) => ParseResult<T>;

/** Free text: half-width, whitespace collapsed, kept only when something is left. */
export function readText(value: CellValue): ParseResult<string> {
  const text = normalizeText(cellText(value));
  return text === "" ? BLANK : parsed(text);
}

/** A Chinese character (one UTF-16 unit of the BMP's CJK blocks). */
const IDEOGRAPH = /[\u3400-\u9FFF\uF900-\uFAFF]/;

/**
 * Drops whitespace with a Chinese character on either side: "第一  党支部", "XX 党支部". Written
 * without lookbehind (ES2018), which the webviews the task pane still runs in (EdgeHTML) lack.
 */
function dropSpacesByIdeographs(text: string): string {
  return text.replace(/\s+/g, (run: string, at: number) =>
    IDEOGRAPH.test(text.charAt(at - 1)) || IDEOGRAPH.test(text.charAt(at + run.length)) ? "" : run
  );
}

/**
 * A branch name: free text, and spaces beside Chinese characters dropped, because rows are matched
 * to branches by exact name and "第一 党支部" typed on one sheet must meet "第一党支部" on another.
 * Chinese does not separate words with spaces; only spaces between Latin words or digits stay
 * ("IT Dept 党支部" → "IT Dept党支部").
 */
export function readBranchName(value: CellValue): ParseResult<string> {
  const result = readText(value);
  return result.ok ? parsed(dropSpacesByIdeographs(result.value)) : result;
}

/** The parser of each kind of column (a new ValueKind fails to compile until it has one). */
export const CELL_READERS: { readonly [K in ValueKind]: CellReader<KindValues[K]> } = {
  text: readText,
  name: parseName,
  names: parseNameList,
  date: parseDate,
  "month-range": parseMonthRange,
  amount: parseAmount,
  ratio: parseRatio,
  count: parseCount,
  hours: parseHours,
  years: parseYears,
  "yes-no": parseYesNo,
  "meeting-types": parseMeetingTypes,
  "member-category": parseMemberCategory,
  "member-status": parseMemberStatus,
  "person-category": parsePersonCategory,
  "party-role": parsePartyRole,
};

export function cellReader(kind: ValueKind): CellReader<CellReading> {
  return CELL_READERS[kind];
}
