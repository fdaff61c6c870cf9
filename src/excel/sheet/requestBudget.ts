/**
 * Batches queued Office.js operations into as few `context.sync()` calls as the request-size limit
 * allows. Excel rejects a request over 5 MB (Excel on the web), and a huge batch also freezes the
 * host for long; one sync per cell or row would be slow on every host. So writers estimate what
 * each operation adds and sync only when the next one would push the batch past the budget.
 */

/** What the budget needs of a request context (Excel.RequestContext, or a test's fake). */
export interface Syncable {
  sync(): Promise<unknown>;
}

export interface BudgetLimits {
  /** Estimated request bytes per sync; well under Excel's 5 MB so estimates may be rough. */
  bytes: number;
  /** Queued operations per sync, so a batch of many small calls stays responsive too. */
  operations: number;
}

export const DEFAULT_BUDGET: BudgetLimits = { bytes: 2_000_000, operations: 5_000 };

/** Fixed cost of one queued operation in the request (object path, method name, ids). */
export const OPERATION_OVERHEAD = 200;

/** UTF-8 length of a string: the request travels as UTF-8 JSON, where a CJK character takes 3 bytes. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return bytes;
}

/** Estimated request bytes of an operation carrying `payload` (values, formats, addresses…). */
export function payloadSize(payload: unknown): number {
  return OPERATION_OVERHEAD + utf8Length(JSON.stringify(payload) ?? "");
}

export class RequestBudget {
  private bytes = 0;
  private operations = 0;
  private syncCount = 0;

  /**
   * @param beforeBatch runs when the first operation of a batch is reserved — the place for
   *   `suspendScreenUpdatingUntilNextSync`, so Excel repaints once per batch, not per operation.
   */
  constructor(
    private readonly context: Syncable,
    private readonly limits: BudgetLimits = DEFAULT_BUDGET,
    private readonly beforeBatch?: () => void
  ) {}

  /**
   * Call before queuing an operation of about `bytes`: syncs what is queued first when the
   * operation would not fit. An operation larger than the whole budget still goes, alone.
   */
  async reserve(bytes: number, operations = 1): Promise<void> {
    const full =
      this.bytes + bytes > this.limits.bytes ||
      this.operations + operations > this.limits.operations;
    if (full && this.operations > 0) await this.flush();
    if (this.operations === 0) this.beforeBatch?.();
    this.bytes += bytes;
    this.operations += operations;
  }

  /** Sends whatever is queued (nothing happens when nothing is). */
  async flush(): Promise<void> {
    if (this.operations === 0) return;
    this.bytes = 0;
    this.operations = 0;
    this.syncCount++;
    await this.context.sync();
  }

  /** Syncs this budget has made, for tests and diagnostics. */
  get syncs(): number {
    return this.syncCount;
  }
}
