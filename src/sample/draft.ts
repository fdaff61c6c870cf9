import type { SampleMember } from "./model";
import {
  type CellValue,
  type LedgerId,
  RECORD_LEDGER_IDS,
  type RecordLedgerId,
  LEDGER_SCHEMAS,
} from "../engine";

/** The ledgers the sample writes rows for (单位信息 is key/value pairs, not rows). */
export type SampleLedger = RecordLedgerId;

export const SAMPLE_LEDGERS: readonly SampleLedger[] = RECORD_LEDGER_IDS;

/** A row under construction: its cells by schema field, and what the generator knows about it. */
export interface DraftRow<M> {
  cells: Partial<Record<string, CellValue>>;
  meta: M;
}

export type MeetingKind =
  | "general"
  | "committee"
  | "group"
  | "theme-day"
  | "org-life"
  | "appraisal"
  | "report-review"
  | "democratic-life"
  | "other";

export interface MeetingMeta {
  branch: string;
  kind: MeetingKind;
  date: number;
  group: string;
}

export interface LectureMeta {
  branch: string;
  date: number;
  quarter: number;
  lecturer: SampleMember;
}

export interface DuesMeta {
  member: SampleMember;
  /** The day it was paid (serial), which orders the ledger. */
  paid: number;
  /** First and last month (1–12) of the year the row pays for. */
  from: number;
  to: number;
}

export interface TrainingMeta {
  member: SampleMember;
  kind: "online" | "winter" | "lecture" | "central" | "candidate" | "officer";
  start: number;
}

export interface Draft {
  branches: DraftRow<{ branch: string }>[];
  members: DraftRow<{ member: SampleMember }>[];
  meetings: DraftRow<MeetingMeta>[];
  lectures: DraftRow<LectureMeta>[];
  dues: DraftRow<DuesMeta>[];
  training: DraftRow<TrainingMeta>[];
  talks: DraftRow<TalkMeta>[];
}

export interface TalkMeta {
  branch: string;
  /** The members talked with. */
  with: SampleMember[];
  date: number;
}

function schemaOf(ledger: LedgerId) {
  const schema = LEDGER_SCHEMAS.find((s) => s.id === ledger);
  if (!schema) throw new Error(`no ledger schema for ${ledger}`);
  return schema;
}

export function sheetNameOf(ledger: LedgerId): string {
  return schemaOf(ledger).sheet;
}

/** The data rows of a ledger in the schema's column order; blank cells are "". */
export function toValues(ledger: SampleLedger, rows: readonly DraftRow<unknown>[]): CellValue[][] {
  const columns = schemaOf(ledger).columns;
  const fields = new Set(columns.map((c) => c.field));
  return rows.map((row) => {
    // A field the schema does not know would be dropped silently: a generator bug, said loudly.
    const unknown = Object.keys(row.cells).filter((field) => !fields.has(field));
    if (unknown.length > 0) {
      throw new Error(`sample ${ledger} row has fields the schema lacks: ${unknown.join(", ")}`);
    }
    return columns.map((c) => row.cells[c.field] ?? "");
  });
}
