import { CheckCancelledError } from "../hostErrors";

/** Stops a long operation between two syncs when the user cancelled it. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CheckCancelledError();
}
