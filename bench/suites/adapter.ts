import { applyHighlights } from "../../src/excel/mark/applyHighlights";
import { readLedgerSheets } from "../../src/excel/read/readLedgerSheets";
import { createFakeExcel } from "../../test/excel/fakeExcel";
import { duesLedger } from "../generate/duesLedger";
import type { Figure } from "../lib/figures";
import { checkWorkbook } from "../../src/engine";

/**
 * The Office.js adapter against the fake request context (test/excel): syncs, queued operations
 * and the largest request for 1k, 10k and 100k dues rows with none, a tenth and all of them
 * failing. Marks are measured alone (notes off) so highlight operations can be read against the
 * address chunks; a second run with notes, as the pane writes them, checks the request sizes.
 */

const FIVE_MB = 5 * 2 ** 20;
const SIZES = [1_000, 10_000, 100_000] as const;
const FAILING = [
  { label: "0%", every: 0 },
  { label: "10%", every: 10 },
  { label: "100%", every: 1 },
] as const;

interface Run {
  readSyncs: number;
  markSyncs: number;
  markOperations: number;
  largestRequest: number;
  chunks: number;
  failingRows: number;
}

async function run(rows: number, every: number, notes: boolean): Promise<Run> {
  const excel = createFakeExcel({
    sheets: [
      { name: "党费台账", values: duesLedger(rows, every) },
      { name: "单位信息", values: [["单位名称", "市示范局机关党委"]] },
    ],
  });
  const restore = excel.installOffice();
  try {
    const { sheets, protectedSheets } = await readLedgerSheets(excel.context);
    const readSyncs = excel.stats.syncs;
    const readRequests = excel.stats.requests.length;
    const result = checkWorkbook(sheets, { asOf: "2024-12-31", year: 2024 });
    await applyHighlights(excel.context, result.highlights, { notes, skipSheets: protectedSheets });
    const marking = excel.stats.requests.slice(readRequests);
    return {
      readSyncs,
      markSyncs: excel.stats.syncs - readSyncs,
      markOperations: marking.reduce((sum, r) => sum + r.operations, 0),
      largestRequest: Math.max(...excel.stats.requests.map((r) => r.bytes)),
      chunks: excel.sheet("党费台账").formats.length,
      failingRows: result.findings.filter((f) => f.row !== null).length,
    };
  } finally {
    restore();
  }
}

const label = (rows: number): string => `${rows / 1000}k`;

export async function adapterSuite(log: (line: string) => void): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const rows of SIZES) {
    const marks: Run[] = [];
    for (const failing of FAILING) {
      log(`adapter: ${label(rows)} rows, ${failing.label} failing`);
      const m = await run(rows, failing.every, false);
      const n = await run(rows, failing.every, true);
      marks.push(m);
      const base = marks[0] ?? m;
      const name = `${label(rows)} rows ${failing.label} failing`;
      figures.push(
        {
          suite: "adapter",
          name: `${name}: highlight operations`,
          value: m.markOperations,
          unit: "ops",
          baseline: { name: "address chunks", value: m.chunks },
          // Operations beyond the no-findings run, per chunk: flat when ops follow chunks, not rows.
          ratio: (m.markOperations - base.markOperations) / Math.max(1, m.chunks),
          budget: { on: "ratio", max: 8, text: "≤ 8 ops per chunk" },
          note: `${m.failingRows} failing rows; read syncs ${m.readSyncs}, mark syncs ${m.markSyncs}`,
        },
        {
          suite: "adapter",
          name: `${name}: mark syncs (notes off)`,
          value: m.markSyncs,
          unit: "syncs",
          baseline: { name: "0% failing", value: base.markSyncs },
          ratio: m.markSyncs / Math.max(1, base.markSyncs),
          budget: { on: "ratio", max: 1, text: "= 0% run" },
        },
        {
          suite: "adapter",
          name: `${name}: with notes, largest request`,
          value: Math.max(m.largestRequest, n.largestRequest),
          unit: "bytes",
          baseline: { name: "Excel's 5 MB limit", value: FIVE_MB },
          ratio: Math.max(m.largestRequest, n.largestRequest) / FIVE_MB,
          budget: { on: "value", max: FIVE_MB, text: "≤ 5 MB" },
          note: `with notes: ${n.readSyncs + n.markSyncs} syncs, ${n.markOperations} mark operations`,
        }
      );
    }
  }
  return figures;
}
