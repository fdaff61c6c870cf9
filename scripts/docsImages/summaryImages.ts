/**
 * Pictures of the 汇总表 and the roll-up for docs/images/, through LibreOffice as a reader that is
 * not ours: the sample department checked by the command line with settings and explanations the
 * add-in stored in the workbook (a rule switched off, a warning 已说明), then rolled up with a
 * second department checked as written.
 *
 *   npm run build:cli && npx tsx scripts/docsImages/summaryImages.ts
 *
 * Writes docs/images/summary-settings-acknowledged.png (the 汇总表 pages that state the changed
 * settings and list 五、已说明事项) and docs/images/rollup-settings.png (the roll-up's overview).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findingKeys } from "../../src/engine/acknowledge";
import { checkWorkbook } from "../../src/engine/check";
import { ACKNOWLEDGEMENTS_KEY, SETTINGS_KEY, toCheckOptions } from "../../src/engine/config/stored";
import { buildTemplateModel } from "../../src/engine/template";
import { generateSample } from "../../src/sample";
import { readXlsxBuffer } from "../../src/xlsx/read";
import { writeTemplateWorkbook } from "../../src/xlsx/template";
import { writeXlsxBuffer } from "../../src/xlsx/write/saveXlsx";
import { withWebExtension } from "../../test/fixtures/webExtensionSettings";

const ROOT = join(__dirname, "..", "..");
const CLI = join(ROOT, "build", "cli", "cli", "main.js");
const IMAGES = join(ROOT, "docs", "images");

async function sampleBytes(unitName?: string): Promise<{ bytes: Uint8Array; asOf: string }> {
  const sample = generateSample();
  const unitInfo = unitName ? { ...sample.unitInfo, unitName } : sample.unitInfo;
  const model = buildTemplateModel({
    year: sample.year,
    unitName: String(unitInfo.unitName ?? ""),
    locale: "zh-CN",
  });
  const workbook = writeTemplateWorkbook(model, { unitInfo, rows: sample.rows });
  return { bytes: await writeXlsxBuffer(workbook), asOf: sample.asOf };
}

function cli(args: string[]): void {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`party-ledger ${args[0]} failed: ${result.stderr}`);
  }
}

/** The PDF LibreOffice prints of a workbook, into `dir`. */
function toPdf(file: string, dir: string): string {
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, file], {
    stdio: "ignore",
    timeout: 180_000,
  });
  return file.replace(/\.xlsx$/, ".pdf");
}

/** The 1-based pages whose text holds every one of `texts` (at least one each, across the range). */
function pagesWith(pdf: string, texts: readonly string[]): number[] {
  const pages: number[] = [];
  for (let page = 1; page < 40; page++) {
    let text: string;
    try {
      text = execFileSync("pdftotext", ["-f", String(page), "-l", String(page), pdf, "-"], {
        encoding: "utf8",
      });
    } catch {
      break;
    }
    if (text.trim() === "") break;
    if (texts.some((t) => text.includes(t))) pages.push(page);
  }
  return pages;
}

/** A page at 100 dpi (A4 landscape: 1169 × 827 pixels), or its top `height` pixels. */
function pageImage(pdf: string, page: number, target: string, dir: string, height?: number): void {
  const prefix = join(dir, `page-${page}`);
  const crop = height ? ["-x", "0", "-y", "0", "-W", "1169", "-H", String(height)] : [];
  const range = ["-f", String(page), "-l", String(page)];
  execFileSync("pdftoppm", [...range, "-png", "-r", "100", ...crop, pdf, prefix]);
  const made = readdirSync(dir).find(
    (name) => name.startsWith(`page-${page}`) && name.endsWith(".png")
  );
  if (!made) throw new Error(`pdftoppm made no picture of page ${page}`);
  renameSync(join(dir, made), target);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "party-ledger-images-"));
  try {
    // Department A: a rule switched off in 设置 and one warning explained, as the add-in stores them.
    const a = await sampleBytes();
    const { sheets } = await readXlsxBuffer(a.bytes, { file: "a.xlsx" });
    const settings = {
      asOf: a.asOf,
      rules: { "meeting-theme-day-monthly": { enabled: false } },
    };
    const plain = checkWorkbook(sheets, toCheckOptions(settings, "zh-CN"));
    const keys = findingKeys(plain.findings, plain.workbook);
    const index = plain.findings.findIndex((f, i) => keys[i] !== undefined && f.row !== null);
    const acknowledgements = [
      { key: keys[index] ?? "", reason: "经核实，该次会议为专题学习，未作表决", date: a.asOf },
    ];
    const fileA = join(dir, "示范局.xlsx");
    writeFileSync(
      fileA,
      withWebExtension(a.bytes, {
        properties: {
          [SETTINGS_KEY]: JSON.stringify(settings),
          [ACKNOWLEDGEMENTS_KEY]: JSON.stringify(acknowledgements),
        },
      })
    );
    // Department B: checked by the rules as written.
    const b = await sampleBytes("上海市样例局机关党委");
    const fileB = join(dir, "样例局.xlsx");
    writeFileSync(fileB, b.bytes);
    cli(["check", fileA, "--out", `${dir}/`]);
    cli(["check", fileB, "--as-of", b.asOf, "--out", `${dir}/`]);
    const checkedA = join(dir, "示范局.checked.xlsx");
    const rollup = join(dir, "汇总.xlsx");
    cli(["rollup", checkedA, join(dir, "样例局.checked.xlsx"), "--out", rollup]);

    const summaryPdf = toPdf(checkedA, dir);
    const [settingsPage] = pagesWith(summaryPdf, ["本次检查未启用"]);
    const [explainedPage] = pagesWith(summaryPdf, ["五、已说明事项"]);
    if (settingsPage === undefined || explainedPage === undefined) {
      throw new Error("the 汇总表 states no changed setting or no 已说明 section");
    }
    pageImage(summaryPdf, settingsPage, join(IMAGES, "summary-settings.png"), dir);
    pageImage(summaryPdf, explainedPage, join(IMAGES, "summary-acknowledged.png"), dir);
    pageImage(toPdf(rollup, dir), 1, join(IMAGES, "rollup-settings.png"), dir, 300);
    process.stdout.write(`pictures written to ${IMAGES}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  );
  process.exitCode = 1;
});
