import type { SheetInput } from "../cell/types";
import type { LedgerId, ReadIssue } from "../model/ledgers";
import { type LedgerSchema, LEDGER_SCHEMAS, SUMMARY_SHEET_NAME } from "../schema/ledgerSchemas";
import { formFit } from "./forms/chooseForm";
import { normalizeHeader } from "./normalizeHeader";
import { type PreparedSheet, prepareSheet } from "./prepareSheet";
import { unitInfoKeyCount } from "./readUnitInfo";

/** How a sheet's name relates to a ledger. */
interface NameMatch {
  ledger: LedgerId;
  /** 2: the name is the ledger's name or an alias; 1: the name contains one ("2024年会议台账"). */
  rank: 1 | 2;
}

const SUMMARY_KEY = normalizeHeader(SUMMARY_SHEET_NAME);
/** The 问题清单 a check writes beside the 汇总表 (and a user's list of that name: no ledger either). */
const FINDINGS_LIST_KEY = normalizeHeader("问题清单");
/** Instruction sheets (填表说明, 使用说明…) hold no ledger. */
const INSTRUCTIONS_KEY = "说明";

/** Every ledger's normalised names, longest first, so "党费交纳台账" wins over a shorter alias. */
const LEDGER_NAMES: readonly { key: string; ledger: LedgerId }[] = LEDGER_SCHEMAS.flatMap((s) =>
  [s.sheet, ...s.sheetAliases].map((name) => ({ key: normalizeHeader(name), ledger: s.id }))
).sort((a, b) => b.key.length - a.key.length);

/** Whether a sheet is the product's own summary or findings list, or an instruction sheet. */
export function isIgnoredSheet(name: string): boolean {
  const key = normalizeHeader(name);
  return (
    key.startsWith(SUMMARY_KEY) ||
    key.startsWith(FINDINGS_LIST_KEY) ||
    key.includes(INSTRUCTIONS_KEY)
  );
}

/** The ledger a sheet's name names: the exact name or alias, else the longest one it contains. */
export function ledgerOfName(name: string): NameMatch | undefined {
  const key = normalizeHeader(name);
  if (key === "") return undefined;
  const exact = LEDGER_NAMES.find((n) => n.key === key);
  if (exact) return { ledger: exact.ledger, rank: 2 };
  const contained = LEDGER_NAMES.find((n) => key.includes(n.key));
  return contained ? { ledger: contained.ledger, rank: 1 } : undefined;
}

/** How well a sheet's header rows fit a ledger: matched columns, and whether all required are there. */
interface HeaderFit {
  ledger: LedgerId;
  matched: number;
  complete: boolean;
}

function headerFit(sheet: PreparedSheet, schema: LedgerSchema): HeaderFit {
  if (schema.id === "unitInfo") {
    // 单位信息 is key/value pairs, not a table: it fits when at least two of its keys appear.
    const matched = unitInfoKeyCount(sheet.grid);
    return { ledger: schema.id, matched, complete: matched >= 2 };
  }
  return { ledger: schema.id, ...formFit(sheet, schema) };
}

/** The ledger whose columns a sheet fits best, among those it fits completely. */
function bestFit(fits: readonly HeaderFit[]): HeaderFit | undefined {
  let best: HeaderFit | undefined;
  for (const fit of fits) if (fit.complete && (!best || fit.matched > best.matched)) best = fit;
  return best;
}

/** What the caller knows that helps choose between several sheets of one ledger. */
export interface RecognitionContext {
  /** The year being checked, when the caller sets it. */
  year?: number;
  /** The year a 单位信息 sheet states (年度), read when the caller sets none. */
  yearOfUnitSheet?: (sheet: PreparedSheet) => number | undefined;
  /** The as-of date's year: without a stated year, the latest year a sheet name holds up to it. */
  asOfYear?: number;
}

/** A sheet that could hold a ledger, by name or by its header row. */
interface Candidate {
  sheet: PreparedSheet;
  /** 2: exact name or alias; 1: the name contains one; 0: recognised by its header row alone. */
  rank: number;
  matched: number;
}

/** The four-digit years a sheet name holds ("2024年三会一课台账" → 2024). */
export function yearsInName(name: string): number[] {
  const years: number[] = [];
  for (const match of name.matchAll(/(?:^|\D)(19\d{2}|20\d{2}|21\d{2})(?!\d)/g)) {
    years.push(Number(match[1]));
  }
  return years;
}

/** 2 when the name holds the checked year, 0 when it holds only other years, 1 when none. */
function yearScore(sheet: PreparedSheet, year: number): number {
  const years = yearsInName(sheet.name);
  if (years.length === 0) return 1;
  return years.includes(year) ? 2 : 0;
}

/** The latest year a name holds, not after the as-of year; 0 when it holds none. */
function newestYear(sheet: PreparedSheet, asOfYear: number | undefined): number {
  return Math.max(
    0,
    ...yearsInName(sheet.name).filter((y) => asOfYear === undefined || y <= asOfYear)
  );
}

/** How sheets are compared: with the checked year when it is known. */
interface Preference {
  year: number | undefined;
  asOfYear: number | undefined;
}

/**
 * The order among sheets that could hold one ledger: a sheet named for the ledger before one
 * recognised by its header row alone (a stray copy); then, when the checked year is known, the one
 * whose name holds it (a name holding only other years last); then a visible one before a hidden
 * one; then an exact name before a containing one; then, when the year is not known, the newest
 * year a name holds up to the as-of year; then the better header row; then the earlier sheet.
 */
function compareCandidates(a: Candidate, b: Candidate, p: Preference): number {
  const { year, asOfYear } = p;
  return (
    Number(b.rank > 0) - Number(a.rank > 0) ||
    (year !== undefined ? yearScore(b.sheet, year) - yearScore(a.sheet, year) : 0) ||
    Number(a.sheet.hidden) - Number(b.sheet.hidden) ||
    b.rank - a.rank ||
    (year === undefined ? newestYear(b.sheet, asOfYear) - newestYear(a.sheet, asOfYear) : 0) ||
    b.matched - a.matched ||
    a.sheet.order - b.sheet.order
  );
}

/** Why the first candidate beat the second, for telling the officer. */
function whyChosen(used: Candidate, other: Candidate, p: Preference): SeveralSheetsReason {
  const { year, asOfYear } = p;
  if (used.rank > 0 !== other.rank > 0) return "name";
  if (year !== undefined && yearScore(used.sheet, year) !== yearScore(other.sheet, year))
    return "year";
  if (used.sheet.hidden !== other.sheet.hidden) return "visible";
  if (used.rank !== other.rank) return "name";
  if (year === undefined && newestYear(used.sheet, asOfYear) !== newestYear(other.sheet, asOfYear))
    return "year";
  if (used.matched !== other.matched) return "columns";
  return "order";
}

export type SeveralSheetsReason = "year" | "visible" | "name" | "columns" | "order";

/**
 * Decides which input sheet holds which ledger; each ledger takes at most one sheet.
 *
 * 1. By name: a sheet named like a ledger (name or alias, normalised like headers) or whose name
 *    contains one ("2024年党费台账"). A sheet named exactly is that ledger even when its columns are
 *    wrong (so the missing columns are reported); a sheet whose name only *contains* a ledger's name
 *    ("党员基本信息" contains 基本信息) yields to its headers when they clearly fit another ledger better.
 * 2. By header row, for sheets whose names name nothing ("Sheet1"): the ledger whose columns match
 *    best with every required column present. 单位信息 is only considered for sheets that fit no
 *    table, and needs two of its keys on the sheet. A sheet is never pushed to its second-best
 *    ledger: a stray copy of one ledger must not be read as another.
 * 3. Among several sheets for one ledger (a hidden 2023年三会一课台账 before 2024年三会一课台账):
 *    a named one before one recognised by headers, then the one whose name holds the checked year,
 *    then a visible one, then an exact name before a containing one, then the better header row,
 *    then the earlier sheet.
 *    The checked year is the caller's, else 单位信息's 年度; when neither states one, the newest year
 *    a name holds (up to the as-of year) decides after visibility and the name. Each such choice
 *    is pushed to `issues` as `several-sheets`, naming the sheet used and the ones not used.
 * The product's summary sheet (汇总表…) and instruction sheets (…说明) are never ledgers.
 */
export function recognizeSheets(
  sheets: readonly SheetInput[],
  context: RecognitionContext = {},
  issues: ReadIssue[] = []
): Map<LedgerId, PreparedSheet> {
  const prepared = sheets
    .map((input, order) => ({ input, order }))
    // A careless host may send holes; they are no sheets.
    .filter(({ input }) => typeof input === "object" && input !== null)
    .filter(({ input }) => !isIgnoredSheet(typeof input.name === "string" ? input.name : ""))
    .map(({ input, order }) => prepareSheet(input, order));
  const fits = new Map(
    prepared.map((sheet) => [sheet, LEDGER_SCHEMAS.map((schema) => headerFit(sheet, schema))])
  );
  const fitOf = (sheet: PreparedSheet, ledger: LedgerId): HeaderFit | undefined =>
    fits.get(sheet)?.find((f) => f.ledger === ledger);

  const candidates = new Map<LedgerId, Candidate[]>();
  const add = (ledger: LedgerId, candidate: Candidate): void => {
    const list = candidates.get(ledger);
    if (list) list.push(candidate);
    else candidates.set(ledger, [candidate]);
  };
  const unnamed: PreparedSheet[] = [];
  for (const sheet of prepared) {
    const name = ledgerOfName(sheet.name);
    const best = bestFit(fits.get(sheet) ?? []);
    const named = name ? fitOf(sheet, name.ledger) : undefined;
    const overruled =
      name?.rank === 1 &&
      best !== undefined &&
      best.ledger !== name.ledger &&
      best.matched > (named?.matched ?? 0);
    if (!name || overruled) {
      unnamed.push(sheet);
      continue;
    }
    add(name.ledger, { sheet, rank: name.rank, matched: named?.matched ?? 0 });
  }
  // Unnamed sheets go to the ledger their headers fit best (单位信息 only when no table fits).
  for (const sheet of unnamed) {
    const sheetFits = fits.get(sheet) ?? [];
    const fit =
      bestFit(sheetFits.filter((f) => f.ledger !== "unitInfo")) ??
      bestFit(sheetFits.filter((f) => f.ledger === "unitInfo"));
    if (fit) add(fit.ledger, { sheet, rank: 0, matched: fit.matched });
  }

  const result = new Map<LedgerId, PreparedSheet>();
  const choose = (ledger: LedgerId, year: number | undefined): void => {
    const list = candidates.get(ledger);
    if (!list || list.length === 0) return;
    const preference = { year, asOfYear: context.asOfYear };
    const ordered = [...list].sort((a, b) => compareCandidates(a, b, preference));
    const [used, ...others] = ordered;
    if (!used) return;
    result.set(ledger, used.sheet);
    const runnerUp = others[0];
    if (runnerUp) {
      issues.push({
        type: "several-sheets",
        ledger,
        used: used.sheet.name,
        unused: others.map((o) => ({ name: o.sheet.name, hidden: o.sheet.hidden })),
        reason: whyChosen(used, runnerUp, preference),
        year: year ?? null,
      });
    }
  };
  choose("unitInfo", context.year);
  const unitSheet = result.get("unitInfo");
  const year = context.year ?? (unitSheet ? context.yearOfUnitSheet?.(unitSheet) : undefined);
  for (const ledger of candidates.keys()) if (ledger !== "unitInfo") choose(ledger, year);
  return result;
}
