import type { DuesRounding } from "../../config/settings";
import type { PersonCategory } from "../../model/vocabulary";
import { oncePer } from "../../model/oncePer";

/**
 * The dues table of DF 第一至六条 (第二条 在职, 第五条 离退休, 第六条 农民 and the fixed 0.2元), as pure functions.
 *
 * Money is compared in whole micro-yuan (1 元 = 1,000,000; 1 分 = 10,000) so that no binary
 * floating-point error can move an amount across a band edge or a tolerance: a base in 分 times a
 * rate in basis points is exactly the amount in micro-yuan.
 */

const MICRO_PER_YUAN = 1_000_000;
const MICRO_PER_FEN = 10_000;
const FEN_PER_YUAN = 100;

/** One rounding unit in micro-yuan. */
export const ROUNDING_UNIT_MICRO: Record<DuesRounding, number> = {
  fen: MICRO_PER_FEN,
  jiao: 10 * MICRO_PER_FEN,
  yuan: MICRO_PER_YUAN,
};

/** A band of the percentage table: bases up to and including `upToFen` pay `basisPoints` ‱. */
interface Band {
  upToFen: number;
  basisPoints: number;
}

/** DF 第二条: 在职 (also 年薪制 and 不按月取得收入, whose base is an average monthly income). */
const SERVING_BANDS: readonly Band[] = [
  { upToFen: 300_000, basisPoints: 50 },
  { upToFen: 500_000, basisPoints: 100 },
  { upToFen: 1_000_000, basisPoints: 150 },
  { upToFen: Number.POSITIVE_INFINITY, basisPoints: 200 },
];

/** DF 第五条: 离退休. */
const RETIRED_BANDS: readonly Band[] = [
  { upToFen: 500_000, basisPoints: 50 },
  { upToFen: Number.POSITIVE_INFINITY, basisPoints: 100 },
];

/** Fixed monthly amounts (DF 第六条), in micro-yuan, for categories that pay no percentage. */
const FLAT_MONTHLY: Partial<Record<PersonCategory, { min: number; max: number }>> = {
  student: { min: 200_000, max: 200_000 },
  unemployed: { min: 200_000, max: 200_000 },
  "low-income": { min: 200_000, max: 200_000 },
  farmer: { min: 200_000, max: MICRO_PER_YUAN },
};

/**
 * Half a 分: amounts are written to the 分, so this only absorbs how an amount was typed. Flat
 * amounts are fixed by DF, not computed, so it is all the tolerance they get.
 */
const TYPING_SLACK_MICRO = MICRO_PER_FEN / 2;

/** Whether a category pays a fixed amount rather than a percentage of a base. */
export function isFlatCategory(category: PersonCategory | undefined): boolean {
  return category !== undefined && FLAT_MONTHLY[category] !== undefined;
}

/** An amount in 元 as whole micro-yuan. */
export function toMicro(amount: number): number {
  return Math.round(amount * MICRO_PER_YUAN);
}

export function fromMicro(micro: number): number {
  return micro / MICRO_PER_YUAN;
}

/** An amount times a number of months, without float noise (0.2 × 3 = 0.6, not 0.6000000000000001). */
export function timesMonths(amount: number, months: number): number {
  return fromMicro(toMicro(amount) * months);
}

/**
 * The band rate in basis points for a base in 元. Unknown and "其他" categories use the 在职
 * table: DF 第二条 covers every member with a monthly income, and 年薪制/不按月取得收入 members
 * are told to use it too.
 */
function bandBasisPoints(base: number, category: PersonCategory | undefined): number {
  const baseFen = Math.round(base * FEN_PER_YUAN);
  const bands = category === "retired" ? RETIRED_BANDS : SERVING_BANDS;
  const band = bands.find((b) => baseFen <= b.upToFen) ?? bands[bands.length - 1];
  return band?.basisPoints ?? 0;
}

/** The band rate as a fraction (1.5% → 0.015); the rate applies to the whole base. */
export function bandRate(base: number, category: PersonCategory | undefined): number {
  return bandBasisPoints(base, category) / 10_000;
}

/** Whether a stated 交纳比例 (a fraction) is the given rate; typed ratios carry float noise. */
export function sameRate(stated: number, rate: number): boolean {
  return Math.abs(stated - rate) < 1e-9;
}

/** Rounds micro-yuan half up to the unit, in integers only. */
export function roundMicro(micro: number, rounding: DuesRounding): number {
  const unit = ROUNDING_UNIT_MICRO[rounding];
  const whole = Math.floor(micro / unit);
  const rest = micro - whole * unit;
  return (2 * rest >= unit ? whole + 1 : whole) * unit;
}

/** What one month's dues should be for a member: a single amount, or a range (农民). */
export interface MonthlyDues {
  /** The band rate for percentage categories; undefined for flat amounts. */
  rate?: number;
  /** Exact monthly amount (percentage) or the range's ends (flat), in micro-yuan. */
  minMicro: number;
  maxMicro: number;
  /** Allowed difference from the exact amount, in micro-yuan: half the rounding unit. */
  toleranceMicro: number;
  /** The rounding unit in micro-yuan (the 分 for flat amounts). */
  unitMicro: number;
  /** The amount as the ledger should show it, rounded, in 元 (the range's low end for 农民). */
  expected: number;
  /** The range's high end in 元 (equal to `expected` unless the category pays a range). */
  expectedMax: number;
}

export type MonthlyDuesLookup = typeof monthlyDues;

type Answers = Map<number | undefined, MonthlyDues | undefined>;

/**
 * monthlyDues with the answers kept for one check (`scope`: the workbook being checked): every
 * dues row asks, for two rules, and a member's base repeats month after month. Kept per check so
 * that nothing outlives it and one check's answers never speed up or slow down another's.
 */
export const monthlyDuesFor = oncePer<object, MonthlyDuesLookup>(() => {
  const tables = new Map<DuesRounding, Map<PersonCategory | undefined, Answers>>();
  const lookup: MonthlyDuesLookup = (base, category, rounding) => {
    let byCategory = tables.get(rounding);
    if (!byCategory) {
      byCategory = new Map();
      tables.set(rounding, byCategory);
    }
    let answers = byCategory.get(category);
    if (!answers) {
      answers = new Map();
      byCategory.set(category, answers);
    }
    if (answers.has(base)) return answers.get(base);
    const dues = monthlyDues(base, category, rounding);
    answers.set(base, dues && Object.freeze(dues));
    return dues;
  };
  return lookup;
});

/**
 * The monthly dues of a member, or undefined when they cannot be computed (a percentage category
 * without a usable 党费基数).
 */
export function monthlyDues(
  base: number | undefined,
  category: PersonCategory | undefined,
  rounding: DuesRounding
): MonthlyDues | undefined {
  const flat = category !== undefined ? FLAT_MONTHLY[category] : undefined;
  if (flat) {
    return {
      minMicro: flat.min,
      maxMicro: flat.max,
      toleranceMicro: TYPING_SLACK_MICRO,
      unitMicro: MICRO_PER_FEN,
      expected: fromMicro(flat.min),
      expectedMax: fromMicro(flat.max),
    };
  }
  if (base === undefined || !Number.isFinite(base) || base < 0) return undefined;
  const basisPoints = bandBasisPoints(base, category);
  // base in 分 × rate in ‱ = amount in 分 × 10,000 = amount in micro-yuan, exactly.
  const exactMicro = Math.round(base * FEN_PER_YUAN) * basisPoints;
  const rounded = fromMicro(roundMicro(exactMicro, rounding));
  return {
    rate: basisPoints / 10_000,
    minMicro: exactMicro,
    maxMicro: exactMicro,
    toleranceMicro: ROUNDING_UNIT_MICRO[rounding] / 2,
    unitMicro: ROUNDING_UNIT_MICRO[rounding],
    expected: rounded,
    expectedMax: rounded,
  };
}

/** The rounded monthly amount for a base (the boundary table of specification.md is written in these). */
export function computeDues(
  base: number,
  category: PersonCategory | undefined,
  rounding: DuesRounding = "fen"
): number | undefined {
  return monthlyDues(base, category, rounding)?.expected;
}

/**
 * The per-month amounts a ledger may show once each month is rounded on its own: every multiple
 * of the unit within the tolerance of the range (30.005 to the 分 → 30.00 or 30.01).
 */
function roundedMonthBounds(dues: MonthlyDues): { low: number; high: number } {
  const unit = dues.unitMicro;
  return {
    low: Math.ceil((dues.minMicro - dues.toleranceMicro) / unit) * unit,
    high: Math.floor((dues.maxMicro + dues.toleranceMicro) / unit) * unit,
  };
}

/**
 * Whether an amount is right for `months` months of dues: the range times the months, rounded
 * once (within half a unit), or each month rounded on its own and then added up.
 */
export function amountMatches(dues: MonthlyDues, amount: number, months = 1): boolean {
  const micro = toMicro(amount);
  const { low, high } = roundedMonthBounds(dues);
  const roundedOnce =
    micro >= dues.minMicro * months - dues.toleranceMicro &&
    micro <= dues.maxMicro * months + dues.toleranceMicro;
  const roundedEachMonth =
    micro >= low * months - TYPING_SLACK_MICRO && micro <= high * months + TYPING_SLACK_MICRO;
  return roundedOnce || roundedEachMonth;
}

/** Whether an amount covers `months` months of dues (paying more is allowed). */
export function amountCovers(dues: MonthlyDues, amount: number, months = 1): boolean {
  const { low } = roundedMonthBounds(dues);
  const floor = Math.min(
    dues.minMicro * months - dues.toleranceMicro,
    low * months - TYPING_SLACK_MICRO
  );
  return toMicro(amount) >= floor;
}

/** Whether `paid` is at least `required` (both as written in 元, so half a 分 absorbs typing). */
export function paysAtLeast(paid: number, required: number): boolean {
  return toMicro(paid) >= toMicro(required) - TYPING_SLACK_MICRO;
}

/** `a − b` in 元 without float noise. */
export function difference(a: number, b: number): number {
  return fromMicro(toMicro(a) - toMicro(b));
}
