import type { SheetInput } from "../cell/types";
import type { LedgerId } from "../model/ledgers";
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
/** Instruction sheets (填表说明, 使用说明…) hold no ledger. */
const INSTRUCTIONS_KEY = "说明";

/** Every ledger's normalised names, longest first, so "党费交纳台账" wins over a shorter alias. */
const LEDGER_NAMES: readonly { key: string; ledger: LedgerId }[] = LEDGER_SCHEMAS.flatMap((s) =>
  [s.sheet, ...s.sheetAliases].map((name) => ({ key: normalizeHeader(name), ledger: s.id }))
).sort((a, b) => b.key.length - a.key.length);

/** Whether a sheet is the product's own summary or an instruction sheet. */
export function isIgnoredSheet(name: string): boolean {
  const key = normalizeHeader(name);
  return key.startsWith(SUMMARY_KEY) || key.includes(INSTRUCTIONS_KEY);
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

/**
 * Decides which input sheet holds which ledger; each ledger takes at most one sheet.
 *
 * 1. By name: a sheet named like a ledger (name or alias, normalised like headers) or whose name
 *    contains one ("2024年党费台账"). Among several sheets for one ledger, an exact name beats a
 *    containing one, then the better-matching header row, then the earlier sheet. A sheet named
 *    exactly is that ledger even when its columns are wrong (so the missing columns are reported);
 *    a sheet whose name only *contains* a ledger's name ("党员基本信息" contains 基本信息) yields to
 *    its headers when they clearly fit another ledger better.
 * 2. By header row, for sheets whose names name nothing ("Sheet1"): the ledger whose columns match
 *    best with every required column present, when no sheet holds it by name. 单位信息 is only
 *    considered for sheets that fit no table, and needs two of its keys on the sheet.
 * The product's summary sheet (汇总表…) and instruction sheets (…说明) are never ledgers.
 */
export function recognizeSheets(sheets: readonly SheetInput[]): Map<LedgerId, PreparedSheet> {
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

  const byName = new Map<LedgerId, { sheet: PreparedSheet; rank: number; matched: number }>();
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
    const candidate = { sheet, rank: name.rank, matched: named?.matched ?? 0 };
    const current = byName.get(name.ledger);
    if (!current || isBetterNamed(candidate, current)) byName.set(name.ledger, candidate);
  }

  const result = new Map<LedgerId, PreparedSheet>();
  for (const [ledger, { sheet }] of byName) result.set(ledger, sheet);
  assignByHeaders(unnamed, fits, result);
  return result;
}

function isBetterNamed(
  a: { sheet: PreparedSheet; rank: number; matched: number },
  b: { sheet: PreparedSheet; rank: number; matched: number }
): boolean {
  if (a.rank !== b.rank) return a.rank > b.rank;
  if (a.matched !== b.matched) return a.matched > b.matched;
  return a.sheet.order < b.sheet.order;
}

/**
 * Gives each unnamed sheet to the ledger its headers fit best (单位信息 only when no table fits),
 * if that ledger has no sheet yet; among sheets fitting the same ledger the best fit, then the
 * earlier sheet, wins. A sheet is never pushed to its second-best ledger: a stray copy of one
 * ledger must not be read as another.
 */
function assignByHeaders(
  unnamed: readonly PreparedSheet[],
  fits: ReadonlyMap<PreparedSheet, readonly HeaderFit[]>,
  result: Map<LedgerId, PreparedSheet>
): void {
  const chosen = new Map<LedgerId, { sheet: PreparedSheet; matched: number }>();
  for (const sheet of unnamed) {
    const sheetFits = fits.get(sheet) ?? [];
    const fit =
      bestFit(sheetFits.filter((f) => f.ledger !== "unitInfo")) ??
      bestFit(sheetFits.filter((f) => f.ledger === "unitInfo"));
    if (!fit || result.has(fit.ledger)) continue;
    const current = chosen.get(fit.ledger);
    if (!current || fit.matched > current.matched)
      chosen.set(fit.ledger, { sheet, matched: fit.matched });
  }
  for (const [ledger, { sheet }] of chosen) result.set(ledger, sheet);
}
