/**
 * The worker's global scope as the worker entries use it. The project's type libraries are the
 * page's (DOM), whose `self.postMessage` is a window's; a dedicated worker's takes transferables.
 */
export interface WorkerScope {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
}

export const workerScope = (): WorkerScope => self as unknown as WorkerScope;

/** The bytes on a buffer of their own, so they can be transferred without copying. */
export function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.byteOffset === 0 &&
    bytes.buffer instanceof ArrayBuffer &&
    bytes.byteLength === bytes.buffer.byteLength
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes);
}
