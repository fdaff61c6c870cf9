import { monthKey, monthsBetween } from "../calendar/month";
import type { LedgerId, LedgerWorkbook } from "../model/ledgers";

/** Where a ledger row sits: its ledger and the branch it names ("" when none). */
export interface RowOwner {
  ledger: LedgerId;
  branch: string;
}

const rowKey = (sheet: string, row: number): string => `${sheet}\u0000${row}`;

/** Every ledger row of the workbook (单位信息's key/value rows aside), keyed by sheet and row. */
export class LedgerRows {
  private readonly owners = new Map<string, RowOwner>();
  private readonly ledgers = new Map<string, LedgerId>();
  private readonly duesMonths = new Map<string, string[]>();
  private countsByBranch: Map<string, number> | undefined;

  constructor(workbook: LedgerWorkbook | undefined) {
    if (!workbook) return;
    if (workbook.unitInfo) this.ledgers.set(workbook.unitInfo.sheet, "unitInfo");
    const add = (
      sheet: { sheet: string; id: LedgerId } | undefined,
      rows: { row: number; branch: string }[]
    ) => {
      if (!sheet) return;
      this.ledgers.set(sheet.sheet, sheet.id);
      for (const r of rows)
        this.owners.set(rowKey(sheet.sheet, r.row), { ledger: sheet.id, branch: r.branch });
    };
    const { branches, members, meetings, lectures, dues, training, talks } = workbook;
    add(
      branches,
      (branches?.records ?? []).map((b) => ({ row: b.row, branch: b.name }))
    );
    add(members, members?.records ?? []);
    add(meetings, meetings?.records ?? []);
    add(lectures, lectures?.records ?? []);
    add(dues, dues?.records ?? []);
    add(
      training,
      (training?.records ?? []).map((t) => ({ row: t.row, branch: t.branch ?? "" }))
    );
    add(
      talks,
      (talks?.records ?? []).map((t) => ({ row: t.row, branch: t.branch ?? "" }))
    );
    for (const d of dues?.records ?? []) {
      if (dues && d.months) {
        this.duesMonths.set(
          rowKey(dues.sheet, d.row),
          monthsBetween(d.months.from, d.months.to).map(monthKey)
        );
      }
    }
  }

  /** Whether the workbook was given, so row counts mean something. */
  get known(): boolean {
    return this.ledgers.size > 0;
  }

  ledgerOfSheet(sheet: string): LedgerId | undefined {
    return this.ledgers.get(sheet);
  }

  owner(sheet: string, row: number): RowOwner | undefined {
    return this.owners.get(rowKey(sheet, row));
  }

  /** Rows of one branch, or of every branch when `branch` is null. */
  count(branch: string | null): number {
    if (branch === null) return this.owners.size;
    return this.branchCounts().get(branch) ?? 0;
  }

  /**
   * Row counts per branch, counted once: the summary asks for every branch, and a scan of every
   * row per branch grew with branches × rows (hundreds of branches over 100k rows took seconds).
   */
  private branchCounts(): Map<string, number> {
    if (this.countsByBranch) return this.countsByBranch;
    const counts = new Map<string, number>();
    for (const owner of this.owners.values())
      counts.set(owner.branch, (counts.get(owner.branch) ?? 0) + 1);
    this.countsByBranch = counts;
    return counts;
  }

  /** The months ("2024-03") a 党费台账 row pays for, when it could be read. */
  monthsOfDuesRow(sheet: string, row: number): readonly string[] | undefined {
    return this.duesMonths.get(rowKey(sheet, row));
  }
}
