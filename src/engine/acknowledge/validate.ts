import { dayFromIso } from "../calendar/day";
import { ACKNOWLEDGEMENT_LIMITS, type Acknowledgement } from "./types";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Control characters other than tab and line feed have no place in a reason. */
function clean(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.charCodeAt(0);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f)) continue;
    out += char;
  }
  return out.trim();
}

/** One stored acknowledgement, or undefined when it is not one. */
export function validAcknowledgement(value: unknown): Acknowledgement | undefined {
  if (!isRecord(value)) return undefined;
  const { key, reason, date } = value;
  if (typeof key !== "string" || key === "" || key.length > ACKNOWLEDGEMENT_LIMITS.key) {
    return undefined;
  }
  if (typeof reason !== "string") return undefined;
  const text = clean(reason);
  if (text === "" || text.length > ACKNOWLEDGEMENT_LIMITS.reason) return undefined;
  if (
    typeof date !== "string" ||
    !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
    dayFromIso(date) === undefined
  ) {
    return undefined;
  }
  return { key, reason: text, date };
}

/**
 * The valid acknowledgements of anything read back from a workbook (untrusted: another tool or
 * version may have written it): entries that are not one are dropped, a key given twice keeps its
 * last entry, and at most ACKNOWLEDGEMENT_LIMITS.entries are kept. Never throws.
 */
export function validateAcknowledgements(value: unknown): Acknowledgement[] {
  if (!Array.isArray(value)) return [];
  const byKey = new Map<string, Acknowledgement>();
  for (const entry of value) {
    const valid = validAcknowledgement(entry);
    if (!valid) continue;
    byKey.delete(valid.key);
    byKey.set(valid.key, valid);
  }
  return [...byKey.values()].slice(-ACKNOWLEDGEMENT_LIMITS.entries);
}
