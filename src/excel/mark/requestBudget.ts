/**
 * Keeps each request well under Excel's 5 MB payload limit when the number of operations grows with
 * the findings (notes, one per marked row). Callers estimate each operation conservatively and ask
 * for room before queueing it; the batcher syncs what is queued first when it would not fit.
 */

/** Room per request: less than half of Excel on the web's 5 MB, for the estimate's sake. */
export const REQUEST_BUDGET_BYTES = 2_000_000;

/** What an operation and its object path cost in Office.js's JSON, generously. */
export const OPERATION_BYTES = 300;

/** An operation's estimated size: its fixed cost plus its text arguments (UTF-8, up to 3 bytes a char). */
export function estimateOperation(...texts: readonly string[]): number {
  return OPERATION_BYTES + texts.reduce((sum, text) => sum + 3 * text.length, 0);
}

export class RequestBatcher {
  private pending = 0;
  private syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number = REQUEST_BUDGET_BYTES
  ) {}

  /** Makes room for operations of about `bytes`, syncing what is queued when they would not fit. */
  async room(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.flush();
    this.pending += bytes;
  }

  /** Sends whatever is queued. */
  async flush(): Promise<void> {
    if (this.pending === 0) return;
    this.pending = 0;
    this.syncs++;
    await this.context.sync();
  }

  /**
   * Ends a phase with one sync even when nothing is queued, so that the number of syncs of a phase
   * does not depend on what the workbook holds (and queued calls such as suspending screen updating
   * are always sent).
   */
  async finish(): Promise<void> {
    this.pending = 0;
    this.syncs++;
    await this.context.sync();
  }

  /** How many requests this batcher sent. */
  get requests(): number {
    return this.syncs;
  }
}
