import { toHalfWidth } from "../parse/text";

/**
 * Header text as the reader compares it. People type headers by hand, so a header written
 * "*会议\n时间：", "实交党费（元）" or "应到人数(人)" must match the template's "会议时间",
 * "实交党费" and "应到人数":
 * - full-width → half-width, so （） and () (and ：/:, ＊/*) become one form;
 * - 【】〔〕[] read as round brackets, so any bracket style matches;
 * - spaces, line breaks, `*` and `:` are dropped wherever they stand;
 * - Latin letters are lower-cased;
 * - trailing brackets that only hold a unit (元, 人, 小时, 学时, %, 年…) or a filling hint
 *   (是/否, Y/N, 必填, 选填) are dropped, repeatedly; brackets in the middle stay, so
 *   "部门党组（党委）书记" keeps its "(党委)".
 *
 * Decision: 万元 is *not* a droppable unit — a column in 万元 holds amounts 10,000 times smaller
 * than the template's 元, and matching it silently would make every dues check wrong.
 */
export function normalizeHeader(text: string): string {
  let header = toHalfWidth(text)
    .replace(BRACKET_OPEN, "(")
    .replace(BRACKET_CLOSE, ")")
    .replace(DROPPED_CHARACTERS, "")
    .toLowerCase();
  for (;;) {
    const match = TRAILING_BRACKET.exec(header);
    if (!match || !isDroppableSuffix(match[1] ?? "")) return header;
    header = header.slice(0, match.index);
  }
}

const BRACKET_OPEN = /[【〔[]/g;
const BRACKET_CLOSE = /[】〕\]]/g;
/** Whitespace of every kind (line breaks, NBSP, zero-width), the required-column star and colons. */
const DROPPED_CHARACTERS = /[\s\u00A0\u200B\uFEFF*:]+/g;
/** The last bracketed group, when the header ends with it and it has no brackets inside. */
const TRAILING_BRACKET = /\(([^()]*)\)$/;

const UNITS: ReadonlySet<string> = new Set([
  "元",
  "人民币",
  "人民币元",
  "人",
  "名",
  "人数",
  "个",
  "次",
  "小时",
  "学时",
  "课时",
  "h",
  "%",
  "‰",
  "年",
  "月",
  "日",
  "天",
  "必填",
  "选填",
  "可选",
  "可不填",
]);
/** Value hints like 是/否, 有/无, y/n, √/× — any mix of those marks and separators. */
const YES_NO_HINT = /^[是否有无yn√×/、|或]+$/;

function isDroppableSuffix(inner: string): boolean {
  return UNITS.has(inner) || (YES_NO_HINT.test(inner) && inner.length >= 2);
}
