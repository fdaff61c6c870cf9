import type { FindingData } from "../findings/types";
import { LEDGER_IDS, type LedgerWorkbook } from "../model/ledgers";
import { hashText } from "./hash";

/**
 * A finding's identity across checks, for 已说明: what it is about, never where it happens to sit.
 *
 * - every finding: rule id, message id and sheet;
 * - a finding on a ledger row: a hash of that row's record as read (every field, parsed), so
 *   inserting, deleting or sorting rows leaves it alone, while editing the row itself (the usual
 *   way a finding is put right) makes it a new finding; and its period and person, which tell the
 *   months of one member's row in a month-column register apart;
 * - a finding about a period or a person: branch, period, person and the message's text values
 *   (the 党小组 of a group meeting), leaving out numbers and dates, which a later entry changes
 *   (hours so far, a due date moved by a setting);
 * - findings that would still share a key (identical rows) are told apart by their order: `#2`.
 */

const SEPARATOR = "\u001f";
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type RecordIndex = Map<string, Map<number, unknown>>;

/** Records by sheet and row, built once per set of findings. */
function indexRecords(workbook: LedgerWorkbook): RecordIndex {
  const index: RecordIndex = new Map();
  for (const id of LEDGER_IDS) {
    if (id === "unitInfo") continue;
    const ledger = workbook[id];
    if (!ledger) continue;
    const rows = new Map<number, unknown>();
    for (const record of ledger.records) rows.set(record.row, record);
    index.set(ledger.sheet, rows);
  }
  return index;
}

/** A record's content without its row number, keys in a fixed order. */
function recordContent(record: unknown): string {
  if (typeof record !== "object" || record === null) return String(record);
  const entries = Object.entries(record)
    .filter(([name]) => name !== "row")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

function textValues(finding: FindingData): string[] {
  return Object.keys(finding.data)
    .sort()
    .flatMap((name) => {
      const value = finding.data[name];
      return typeof value === "string" && !ISO_DATE.test(value) ? [`${name}=${value}`] : [];
    });
}

function baseKey(finding: FindingData, records: () => RecordIndex): string {
  const head = [finding.ruleId, finding.messageId, finding.sheet ?? ""];
  if (finding.sheet !== null && finding.row !== null) {
    const record = records().get(finding.sheet)?.get(finding.row);
    // A row with no record (单位信息, a header) keeps its row number: such sheets do not shift.
    const content = record === undefined ? `row:${finding.row}` : hashText(recordContent(record));
    // The month and member too: one row of a month-column register holds a whole year of payments.
    return [...head, content, finding.period ?? "", finding.person ?? ""].join(SEPARATOR);
  }
  return [
    ...head,
    finding.branch ?? "",
    finding.period ?? "",
    finding.person ?? "",
    ...textValues(finding),
  ].join(SEPARATOR);
}

/**
 * The identity of each finding that may be explained (warnings: 提示), in order; undefined for the
 * others. Keys are compared as they are; they are not meant to be read.
 */
export function findingKeys(
  findings: readonly FindingData[],
  workbook: LedgerWorkbook
): (string | undefined)[] {
  let index: RecordIndex | undefined;
  const records = (): RecordIndex => (index ??= indexRecords(workbook));
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    if (finding.severity !== "warning") return undefined;
    const base = baseKey(finding, records);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}#${count}`;
  });
}
