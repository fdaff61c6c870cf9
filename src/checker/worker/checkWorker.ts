import "../../browserPolyfills";
import { CheckSession, FileRefusal, rollupOfUnchecked } from "./checkSession";
import type { Answer, Asked, CheckReply, CheckRequest, FileQuestion } from "./protocol";
import { ownBuffer, workerScope } from "./workerScope";
import { type Locale } from "../../engine";

/*
 * The check worker: one file, read and checked off the page's thread, then kept to answer the
 * page's questions about it. The page ends the worker to cancel a check or let the file go.
 */

const scope = workerScope();
let session: CheckSession | null = null;
/** A file that could not be checked, kept for the roll-up (it may be a 汇总表 alone). */
let unchecked: { bytes: Uint8Array; name: string; locale: Locale } | null = null;

const reply = (message: CheckReply | Answer, transfer: Transferable[] = []): void =>
  scope.postMessage(message, transfer);

async function check(request: CheckRequest): Promise<void> {
  const bytes = new Uint8Array(await request.file.arrayBuffer());
  try {
    session = await CheckSession.open(bytes, request.name, request.saved, request.locale, (p) =>
      reply({ kind: "progress", progress: p })
    );
    reply({ kind: "checked", checked: session.checked });
  } catch (error) {
    unchecked = { bytes, name: request.name, locale: request.locale };
    const refusal =
      error instanceof FileRefusal
        ? error
        : new FileRefusal({ "zh-CN": String(error), "en-US": String(error) });
    reply({ kind: "failed", reason: refusal.reason, summaryOnly: refusal.summaryOnly });
  }
}

async function answer(question: Asked<FileQuestion>): Promise<void> {
  const { id } = question;
  try {
    if (question.kind === "rollup" && !session && unchecked) {
      const value = await rollupOfUnchecked(unchecked.bytes, unchecked.name, unchecked.locale);
      reply({ kind: "answer", id, value });
      return;
    }
    if (!session) throw new Error("the file has not been checked");
    switch (question.kind) {
      case "copy": {
        const copy = await session.copy(question);
        const bytes = ownBuffer(copy.bytes);
        reply({ kind: "answer", id, value: { ...copy, bytes } }, [bytes.buffer]);
        return;
      }
      case "summary":
        reply({ kind: "answer", id, value: session.summaryModel(question.checkedAt) });
        return;
      case "row":
        reply({ kind: "answer", id, value: session.row(question.sheet, question.row) });
        return;
      case "rollup":
        reply({ kind: "answer", id, value: session.rollup(question.checkedAt) });
        return;
    }
  } catch (error) {
    const reason =
      error instanceof FileRefusal
        ? error.reason
        : { "zh-CN": String(error), "en-US": String(error) };
    reply({ kind: "refused", id, reason });
  }
}

scope.onmessage = (event) => {
  const message = event.data as CheckRequest | Asked<FileQuestion>;
  if (message.kind === "check") void check(message);
  else void answer(message);
};
