import type { StoredSettings } from "../../excel/host";
import type {
  Answer,
  BookAnswers,
  BookJob,
  CheckReply,
  CheckRequest,
  CheckedFile,
  FileAnswers,
  FileQuestion,
  PageProgress,
} from "./protocol";
import { type Locale, type Localized } from "../../engine";

/**
 * The page's side of its workers. Each worker runs from its bundled script as text (loaded with the
 * chunk that imports it, so not before the first file is dropped) through a blob: URL: Chromium
 * refuses `new Worker("file:///…")` to a page opened from disk, but takes a blob: URL that page made.
 */

type Kind = "check" | "book";

const urls = new Map<Kind, Promise<string>>();

function scriptUrl(kind: Kind): Promise<string> {
  let url = urls.get(kind);
  if (!url) {
    const source =
      kind === "check" ? import("./checkWorker.ts?worker") : import("./bookWorker.ts?worker");
    // One URL per kind for the page's lifetime: every worker of that kind starts from it.
    url = source.then((module) =>
      URL.createObjectURL(new Blob([module.default], { type: "text/javascript" }))
    );
    urls.set(kind, url);
  }
  return url;
}

/** A worker's answer refused, with the reason in both languages. */
export class WorkerRefusal extends Error {
  constructor(readonly reason: Localized) {
    super(reason["zh-CN"]);
    this.name = "WorkerRefusal";
  }
}

/** Questions to a worker, each answered once by id. */
class Asker {
  private next = 1;
  private readonly waiting = new Map<
    number,
    { resolve(value: unknown): void; reject(error: unknown): void }
  >();

  constructor(private readonly worker: Worker) {}

  ask(message: object): Promise<unknown> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ ...message, id });
    });
  }

  /** Whether the message was an answer (and is now settled). */
  settle(message: Answer | { kind: string }): boolean {
    if (message.kind !== "answer" && message.kind !== "refused") return false;
    const answer = message as Answer;
    const waiting = this.waiting.get(answer.id);
    this.waiting.delete(answer.id);
    if (answer.kind === "answer") waiting?.resolve(answer.value);
    else waiting?.reject(new WorkerRefusal(answer.reason));
    return true;
  }

  failAll(error: unknown): void {
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}

const crashed = (error: ErrorEvent | Event): Error =>
  new Error(error instanceof ErrorEvent ? error.message : "the worker stopped");

export type CheckOutcome =
  | { kind: "checked"; checked: CheckedFile }
  | { kind: "failed"; reason: Localized; summaryOnly: boolean }
  | { kind: "cancelled" };

/** One file's worker: its check, then questions about the checked file, until disposed. */
export class FileWorker {
  private readonly asker: Asker;
  private settleCheck: ((outcome: CheckOutcome) => void) | null = null;
  readonly outcome: Promise<CheckOutcome>;

  private constructor(
    private readonly worker: Worker,
    request: CheckRequest,
    onProgress: (progress: PageProgress) => void
  ) {
    this.asker = new Asker(worker);
    this.outcome = new Promise<CheckOutcome>((resolve) => {
      this.settleCheck = resolve;
    });
    worker.onmessage = (event: MessageEvent<CheckReply | Answer>) => {
      const message = event.data;
      if (this.asker.settle(message)) return;
      if (message.kind === "progress") onProgress(message.progress);
      else if (message.kind === "checked")
        this.finish({ kind: "checked", checked: message.checked });
      else if (message.kind === "failed") this.finish(message);
    };
    worker.onerror = (event) => {
      const error = crashed(event);
      this.finish({
        kind: "failed",
        reason: { "zh-CN": error.message, "en-US": error.message },
        summaryOnly: false,
      });
      this.asker.failAll(error);
    };
    worker.postMessage(request);
  }

  static async start(
    file: File,
    saved: StoredSettings | null,
    locale: Locale,
    onProgress: (progress: PageProgress) => void
  ): Promise<FileWorker> {
    const worker = new Worker(await scriptUrl("check"));
    const request: CheckRequest = { kind: "check", file, name: file.name, saved, locale };
    return new FileWorker(worker, request, onProgress);
  }

  private finish(outcome: CheckOutcome): void {
    this.settleCheck?.(outcome);
    this.settleCheck = null;
  }

  ask<Q extends FileQuestion>(question: Q): Promise<FileAnswers[Q["kind"]]> {
    return this.asker.ask(question) as Promise<FileAnswers[Q["kind"]]>;
  }

  /** Stops a running check at once (the worker ends); nothing of it remains. */
  cancel(): void {
    this.finish({ kind: "cancelled" });
    this.dispose();
  }

  dispose(): void {
    this.worker.terminate();
    this.asker.failAll(new Error("the file was let go"));
  }
}

/** Runs one ExcelJS job in a worker started for it, and ends that worker. */
export async function runBookJob<J extends BookJob>(job: J): Promise<BookAnswers[J["kind"]]> {
  const worker = new Worker(await scriptUrl("book"));
  const asker = new Asker(worker);
  worker.onmessage = (event: MessageEvent<Answer>) => void asker.settle(event.data);
  worker.onerror = (event) => asker.failAll(crashed(event));
  try {
    return (await asker.ask(job)) as BookAnswers[J["kind"]];
  } finally {
    worker.terminate();
  }
}
