import type { CellValue } from "../cell/types";
import { toHalfWidth } from "../parse/text";

/**
 * The labels of the sign-off lines officers put under a ledger (填表人：张三 审核人：李四
 * 联系电话：… 填报日期：… （盖章）). Such a line is not a record: read as one it became a lecture
 * given by "填表人：张三" on an unreadable date.
 */
const SIGN_OFF_LABELS = [
  "填表人",
  "制表人",
  "审核人",
  "填报人",
  "负责人",
  "经办人",
  "审批人",
  "联系电话",
  "联系人",
  "填报日期",
  "填表日期",
  "制表日期",
  "审核日期",
  "填报单位",
  "盖章",
  "(盖章)",
  "签字",
  "签名",
] as const;
const FIRST_CHARACTERS = new Set(SIGN_OFF_LABELS.map((label) => label.charAt(0)));

/** A cell's text, half-width and without spaces, for comparing with the labels. */
function compact(value: CellValue): string {
  return typeof value === "string" ? toHalfWidth(value).replace(/\s+/g, "") : String(value);
}

/** "填表人：张三", "填表人：", "填表人" — a cell that starts with a label; `bare` when nothing follows. */
function labelOf(text: string): { bare: boolean } | undefined {
  if (!FIRST_CHARACTERS.has(text.charAt(0))) return undefined;
  const label = SIGN_OFF_LABELS.find((l) => text.startsWith(l));
  if (label === undefined) return undefined;
  const rest = text.slice(label.length).replace(/^[:：]/, "");
  return { bare: rest === "" };
}

const isBlank = (value: CellValue | undefined): boolean =>
  value === undefined || (typeof value === "string" && value.trim() === "");

/** Whether a first cell could be a label or a seal note, judged cheaply. */
function mayStart(value: CellValue): boolean {
  if (typeof value !== "string") return false;
  const first = toHalfWidth(value.trimStart().charAt(0));
  return FIRST_CHARACTERS.has(first) || value.includes("盖章");
}

/** "（盖章）", "市某某局机关党委（盖章）": the seal's place. */
const isSealNote = (text: string): boolean => text.includes("盖章");

/**
 * Whether a row is a sign-off line, in one cell or spread over several: its first non-blank cell
 * starts with a sign-off label or is a seal note ("（盖章）", "市某某局机关党委（盖章）"), and every
 * other non-blank cell is another label, a seal note, or the value right after a bare label
 * ("填表人：" | "张三").
 */
export function isSignOffRow(row: readonly CellValue[]): boolean {
  let seen = false;
  let valueDue = false;
  for (const value of row) {
    if (isBlank(value)) continue;
    // Called for every row of every ledger: most rows are dismissed on their first cell's first
    // character, without normalising anything.
    if (!seen && !mayStart(value)) return false;
    const text = compact(value);
    const label = labelOf(text);
    if (label !== undefined) {
      valueDue = label.bare;
    } else if (isSealNote(text) || (seen && valueDue)) {
      valueDue = false;
    } else {
      return false;
    }
    seen = true;
  }
  return seen;
}
