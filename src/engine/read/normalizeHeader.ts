import { toHalfWidth } from "../parse/text";

/**
 * Header text reduced to what it means, so that the many ways offices write one column match the
 * schema's one entry. People type headers by hand and copy them from other committees' templates:
 * "*会议\n时间：", "实交党费（元）", "实缴党费", "所属支部", "支部名称" and "党支部（全称）" must all
 * find their column. In order:
 * - full-width → half-width (（） and (), ：/:, ＊/*), 【】〔〕[] read as round brackets;
 * - spaces of every kind, line breaks, `*` and `:` are dropped wherever they stand;
 * - Latin letters are lower-cased;
 * - bracketed groups are dropped wherever they stand — units (元, 人), filling hints (是/否, 必填),
 *   explanations (党委), (全称) — except a group that changes what the column holds: a larger money
 *   unit (万元, 千元) or a whole year's total (全年, 年度, 合计: `应交党费（全年）` is the annual
 *   table's column, not the monthly one);
 * - 缴 is written 交 (实缴党费 = 实交党费, 缴纳日期 = 交纳日期: both spellings are in everyday use);
 * - a leading 所属/所在 and a trailing 名称/全称 are dropped (所属支部 = 支部, 支部名称 = 支部), unless
 *   nothing would be left.
 *
 * Decision: a column in 万元 holds amounts 10,000 times smaller than the template's 元; matching it
 * silently would make every dues check wrong, so its bracket stays and the header matches nothing
 * (the missing-column finding then shows the header as written).
 */
export function normalizeHeader(text: string): string {
  const plain = withoutBrackets(
    toHalfWidth(text)
      .replace(BRACKET_OPEN, "(")
      .replace(BRACKET_CLOSE, ")")
      .replace(DROPPED_CHARACTERS, "")
      .toLowerCase()
  ).replace(/缴/g, "交");
  const core = plain.replace(LEADING_WORDS, "").replace(TRAILING_WORDS, "");
  return core === "" ? plain : core;
}

const BRACKET_OPEN = /[【〔[]/g;
const BRACKET_CLOSE = /[】〕\]]/g;
/** Whitespace of every kind (line breaks, NBSP, zero-width), the required-column star and colons. */
const DROPPED_CHARACTERS = /[\s\u00A0\u200B\uFEFF*:]+/g;
/**
 * Bracketed words that change a column's meaning, so their bracket stays: money units (such a
 * header then matches nothing) and annual totals (matched only by the annual dues table).
 */
const KEPT_UNITS: ReadonlySet<string> = new Set([
  "万元",
  "千元",
  "万",
  "千",
  "全年",
  "年度",
  "合计",
]);
const LEADING_WORDS = /^(所属|所在)/;
const TRAILING_WORDS = /(名称|全称)$/;

/**
 * Drops bracketed groups, nested ones whole ("(注(元))"); a group holding only a kept unit stays.
 * An unclosed bracket is left as written.
 */
function withoutBrackets(header: string): string {
  if (!header.includes("(")) return header;
  const outer: string[] = [];
  let current = "";
  for (const ch of header) {
    if (ch === "(") {
      outer.push(current);
      current = "";
    } else if (ch === ")" && outer.length > 0) {
      const inner = current;
      current = (outer.pop() ?? "") + (KEPT_UNITS.has(inner) ? `(${inner})` : "");
    } else current += ch;
  }
  while (outer.length > 0) current = `${outer.pop() ?? ""}(${current}`;
  return current;
}
