import "../../browserPolyfills";
import type { Answer, Asked, BookJob } from "./protocol";
import { rollupBook, summaryBook, templateBook } from "./bookJobs";
import { ownBuffer, workerScope } from "./workerScope";

/* The book worker: ExcelJS, loaded only when the page makes a template, a summary or a roll-up. */

const scope = workerScope();

async function run(job: Asked<BookJob>): Promise<{ value: unknown; transfer: Transferable[] }> {
  switch (job.kind) {
    case "template": {
      const bytes = ownBuffer(await templateBook(job));
      return { value: bytes, transfer: [bytes.buffer] };
    }
    case "summaryBook": {
      const book = await summaryBook(job.model);
      const bytes = ownBuffer(book.bytes);
      return { value: { ...book, bytes }, transfer: [bytes.buffer] };
    }
    case "rollupBook": {
      const rollup = await rollupBook(job);
      const bytes = rollup.bytes ? ownBuffer(rollup.bytes) : null;
      return { value: { ...rollup, bytes }, transfer: bytes ? [bytes.buffer] : [] };
    }
  }
}

scope.onmessage = (event) => {
  const job = event.data as Asked<BookJob>;
  run(job).then(
    ({ value, transfer }) =>
      scope.postMessage({ kind: "answer", id: job.id, value } satisfies Answer, transfer),
    (error: unknown) => {
      const reason = { "zh-CN": String(error), "en-US": String(error) };
      scope.postMessage({ kind: "refused", id: job.id, reason } satisfies Answer);
    }
  );
};
