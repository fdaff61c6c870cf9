import fc from "fast-check";
import type { CellValue } from "../cell/types";
import {
  isBlank,
  parseAmount,
  parseCollectionDay,
  parseCount,
  parseDate,
  parseHours,
  parseLectureFrequency,
  parseMeetingTypes,
  parseMemberCategory,
  parseMonth,
  parseMonthRange,
  parseName,
  parseNameList,
  parsePartyRole,
  parsePersonCategory,
  parseRatio,
  parseYear,
  parseYears,
  parseYesNo,
  type ParseResult,
} from "./index";
import { parseMonthHeader } from "./monthHeader";
import { parseRegisterMonthCell } from "./registerMonthCell";
import { MEETING_TYPES, PERSON_CATEGORIES } from "../model/vocabulary";

/** Characters that reach the parsers' interesting paths: digits, units, separators, type names. */
const LEDGER_CHARS = [
  ..."0123456789０１２３４５６７８９",
  ..."年月日号份度-/.~—－，,、；;%％‰¥￥元整人名学时hH:： ()（）\n\u3000",
  ..."是否有无√×支部党员大会委员小组课主题日组织生活民主评议书记副正式预备在职退休每季半",
];

const formulaLike = fc.constantFrom<CellValue>(
  "=SUM(A1)",
  "=TODAY()",
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NAME?",
  "@A1",
  "+1",
  "-",
  "\u200B",
  "\uFEFF",
  "\uD800",
  "👨‍👩‍👧‍👦",
  "9".repeat(5000),
  "-".repeat(300),
  "2024-".repeat(50),
  "(".repeat(100) + ")".repeat(100)
);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: fc.constantFrom(...LEDGER_CHARS), maxLength: 40 }),
  fc.double(),
  fc.integer(),
  fc.integer({ min: -1, max: 3_000_000 }),
  fc.boolean(),
  fc.constantFrom<CellValue>(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE),
  formulaLike
);

type Check = (value: unknown) => boolean;

const isInt = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isYearMonth = (v: unknown): boolean => {
  const m = v as { year?: unknown; month?: unknown };
  return (
    isInt(m.year) &&
    m.year >= 1950 &&
    m.year <= 2200 &&
    isInt(m.month) &&
    m.month >= 1 &&
    m.month <= 12
  );
};

/** Each parser with what a successful value must look like. */
const PARSERS: [string, (value: CellValue) => ParseResult<unknown>, Check][] = [
  [
    "parseDate",
    parseDate,
    (v) => {
      const d = v as { day?: unknown; monthOnly?: unknown };
      return (
        isInt(d.day) &&
        d.day >= 1 &&
        d.day <= 2958465 &&
        d.day !== 60 &&
        typeof d.monthOnly === "boolean"
      );
    },
  ],
  ["parseMonth", parseMonth, isYearMonth],
  [
    "parseMonthHeader",
    parseMonthHeader,
    (v) => {
      const h = v as { year?: unknown; month?: unknown };
      return (
        isInt(h.month) && h.month >= 1 && h.month <= 12 && (h.year === undefined || isYearMonth(h))
      );
    },
  ],
  [
    "parseRegisterMonthCell",
    (value) => parseRegisterMonthCell(value, 2025),
    (v) => {
      const c = v as { kind?: unknown; amount?: unknown; day?: unknown };
      if (c.kind === "amount") return isFiniteNumber(c.amount) && c.amount >= 0;
      if (c.kind === "date") return isInt(c.day) && c.day >= 1 && c.day <= 2958465;
      return ["mark", "exempt", "unpaid", "none"].includes(c.kind as string);
    },
  ],
  [
    "parseMonthRange",
    parseMonthRange,
    (v) => {
      const r = v as {
        from?: { year: number; month: number };
        to?: { year: number; month: number };
      };
      if (!isYearMonth(r.from) || !isYearMonth(r.to) || !r.from || !r.to) return false;
      const span = r.to.year * 12 + r.to.month - (r.from.year * 12 + r.from.month) + 1;
      return span >= 1 && span <= 24;
    },
  ],
  ["parseAmount", parseAmount, isFiniteNumber],
  ["parseCount", parseCount, (v) => isInt(v) && v >= 0],
  ["parseHours", parseHours, (v) => isFiniteNumber(v) && v >= 0],
  ["parseRatio", parseRatio, (v) => isFiniteNumber(v) && v >= 0 && v <= 1],
  ["parseYears", parseYears, (v) => isInt(v) && v >= 1 && v <= 10],
  ["parseYear", parseYear, (v) => isInt(v) && v >= 1950 && v <= 2200],
  ["parseYesNo", parseYesNo, (v) => typeof v === "boolean"],
  [
    "parseMeetingTypes",
    parseMeetingTypes,
    (v) =>
      Array.isArray(v) &&
      v.length > 0 &&
      new Set(v).size === v.length &&
      v.every((t) => (MEETING_TYPES as readonly unknown[]).includes(t)),
  ],
  ["parseMemberCategory", parseMemberCategory, (v) => v === "full" || v === "probationary"],
  [
    "parsePersonCategory",
    parsePersonCategory,
    (v) => (PERSON_CATEGORIES as readonly unknown[]).includes(v),
  ],
  [
    "parsePartyRole",
    parsePartyRole,
    (v) =>
      ["secretary", "deputy-secretary", "committee-member", "group-leader", "member"].includes(
        v as string
      ),
  ],
  [
    "parseLectureFrequency",
    parseLectureFrequency,
    (v) => ["month", "quarter", "half-year", "year"].includes(v as string),
  ],
  ["parseCollectionDay", parseCollectionDay, (v) => isInt(v) && v >= 1 && v <= 31],
  ["parseName", parseName, (v) => typeof v === "string" && v.length > 0 && v === v.trim()],
  [
    "parseNameList",
    parseNameList,
    (v) =>
      Array.isArray(v) &&
      new Set(v).size === v.length &&
      v.every((name) => typeof name === "string" && name.length > 0 && name === name.trim()),
  ],
];

function wellFormed(result: ParseResult<unknown>, value: CellValue, check: Check): boolean {
  if (result.ok) return Object.keys(result).length === 2 && check(result.value);
  // Blank exactly when the cell is blank; never blank for a number or boolean.
  return Object.keys(result).length === 2 && result.blank === isBlank(value);
}

describe.each(PARSERS)("%s", (_name, parse, check) => {
  test("never throws and always returns a well-formed result", () => {
    fc.assert(
      fc.property(cell, (value) => wellFormed(parse(value), value, check)),
      { numRuns: 400 }
    );
  });

  test("is deterministic", () => {
    fc.assert(
      fc.property(cell, (value) => {
        expect(parse(value)).toEqual(parse(value));
      }),
      { numRuns: 200 }
    );
  });

  test("blank cells are blank", () => {
    for (const blank of ["", " ", "\u3000", "\n\t", "\u200B"]) {
      expect(parse(blank)).toEqual({ ok: false, blank: true });
    }
  });
});

test("dates round-trip through their ISO text", () => {
  fc.assert(
    fc.property(fc.integer({ min: 18264, max: 110_000 }), (serial) => {
      // 18264 = 1950-01-01; 110000 ≈ 2201: written dates in the plausible window read back.
      const result = parseDate(serial);
      if (!result.ok) return false;
      const { day } = result.value;
      const iso = new Date(Date.UTC(1899, 11, 30) + day * 86_400_000).toISOString().slice(0, 10);
      const reread = parseDate(iso);
      return Number(iso.slice(0, 4)) > 2200 || (reread.ok && reread.value.day === day);
    })
  );
});
