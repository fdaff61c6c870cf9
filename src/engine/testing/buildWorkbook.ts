import { dayFromIso } from "../calendar/day";
import type { YearMonth } from "../calendar/month";
import type {
  BranchRecord,
  DateCell,
  DuesRecord,
  LectureRecord,
  LedgerId,
  LedgerSheet,
  LedgerWorkbook,
  MeetingRecord,
  MemberRecord,
  ReadIssue,
  TalkRecord,
  TrainingRecord,
  UnitInfo,
} from "../model/ledgers";
import { columnLetter } from "../cell/address";
import { LEDGER_SCHEMAS } from "../schema/ledgerSchemas";

/**
 * Test-only builders: write ledger records the short way (ISO dates, "2024-03" months) and get the
 * model the reader would produce, with rows numbered from 2 under a header in row 1.
 */

type DateFields<R, K extends keyof R> = Omit<R, K | "row"> & { row?: number } & {
  [P in K]?: string;
};

export type BranchInput = DateFields<BranchRecord, "secretaryAppointed" | "electionDate">;
export type MemberInput = DateFields<
  MemberRecord,
  "probationaryAdmitted" | "transferredIn" | "transferredOut" | "statusChanged"
>;
export type MeetingInput = DateFields<MeetingRecord, "date">;
export type LectureInput = DateFields<LectureRecord, "date">;
export type TrainingInput = DateFields<TrainingRecord, "start" | "end">;
export type TalkInput = DateFields<TalkRecord, "date">;
export type DuesInput = Omit<DuesRecord, "row" | "months" | "paidDate"> & {
  row?: number;
  /** "2024-03" or "2024-01..2024-03". */
  months?: string;
  paidDate?: string;
};

export interface WorkbookSpec {
  unitInfo?: Omit<UnitInfo, "rows">;
  /** Sheet rows of 单位信息's keys, when a test points at them. */
  unitInfoRows?: UnitInfo["rows"];
  branches?: BranchInput[];
  members?: MemberInput[];
  meetings?: MeetingInput[];
  lectures?: LectureInput[];
  dues?: DuesInput[];
  training?: TrainingInput[];
  talks?: TalkInput[];
  issues?: ReadIssue[];
  /** Columns a ledger's sheet lacks (every schema column is there otherwise). */
  omitColumns?: { [L in LedgerId]?: readonly string[] };
}

/** "2024-03-05" → a day; "2024-03" → that month, flagged month-only. */
export function dateCell(text: string): DateCell {
  const full = dayFromIso(text);
  if (full !== undefined) return { day: full, monthOnly: false };
  const month = dayFromIso(`${text}-01`);
  if (month !== undefined) return { day: month, monthOnly: true };
  throw new Error(`test date "${text}" is not YYYY-MM-DD or YYYY-MM`);
}

export function yearMonth(text: string): YearMonth {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  if (!match) throw new Error(`test month "${text}" is not YYYY-MM`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

function convertDates<R>(
  input: Record<string, unknown>,
  dateKeys: readonly string[],
  index: number
): R {
  const record: Record<string, unknown> = { ...input, row: input.row ?? index + 2 };
  for (const key of dateKeys) {
    const value = input[key];
    if (typeof value === "string") record[key] = dateCell(value);
  }
  return record as R;
}

function sheet<R>(id: LedgerId, records: R[], omit: readonly string[] = []): LedgerSheet<R> {
  const schema = LEDGER_SCHEMAS.find((s) => s.id === id);
  if (!schema) throw new Error(`no schema for ${id}`);
  const columns: Record<string, string> = {};
  const headers: Record<string, string> = {};
  schema.columns.forEach((c, i) => {
    if (omit.includes(c.field)) return;
    columns[c.field] = columnLetter(i);
    headers[c.field] = c.header;
  });
  return { id, sheet: schema.sheet, form: "rows", headerRow: 1, columns, headers, records };
}

function build<I extends object, R>(
  id: LedgerId,
  inputs: I[] | undefined,
  dateKeys: readonly string[],
  omit?: readonly string[]
): LedgerSheet<R> | undefined {
  if (!inputs) return undefined;
  return sheet(
    id,
    inputs.map((input, i) => convertDates<R>(input as Record<string, unknown>, dateKeys, i)),
    omit
  );
}

export function buildWorkbook(spec: WorkbookSpec): LedgerWorkbook {
  const dues = spec.dues?.map((input, i): DuesRecord => {
    const { months, paidDate, row, ...rest } = input;
    const record: DuesRecord = { ...rest, row: row ?? i + 2 };
    if (months) {
      const [from, to] = months.split("..");
      record.months = { from: yearMonth(from ?? months), to: yearMonth(to ?? from ?? months) };
    }
    if (paidDate) record.paidDate = dateCell(paidDate);
    return record;
  });
  return {
    unitInfo: spec.unitInfo
      ? { sheet: "单位信息", info: { ...spec.unitInfo, rows: spec.unitInfoRows ?? {} } }
      : undefined,
    branches: build<BranchInput, BranchRecord>("branches", spec.branches, [
      "secretaryAppointed",
      "electionDate",
    ]),
    members: build<MemberInput, MemberRecord>("members", spec.members, [
      "probationaryAdmitted",
      "transferredIn",
      "transferredOut",
      "statusChanged",
    ]),
    meetings: build<MeetingInput, MeetingRecord>(
      "meetings",
      spec.meetings,
      ["date"],
      spec.omitColumns?.meetings
    ),
    lectures: build<LectureInput, LectureRecord>("lectures", spec.lectures, ["date"]),
    dues: dues ? sheet("dues", dues) : undefined,
    training: build<TrainingInput, TrainingRecord>("training", spec.training, ["start", "end"]),
    talks: build<TalkInput, TalkRecord>("talks", spec.talks, ["date"]),
    issues: spec.issues ?? [],
  };
}
