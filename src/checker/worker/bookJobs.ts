import ExcelJS from "exceljs";
import { exportFileName } from "../../excel/export/exportSummaryWorkbook";
import { buildRollupWorkbook } from "../../xlsx/rollup/rollupWorkbook";
import { standardTemplateWorkbook } from "../../xlsx/template/standardTemplate";
import { writeSheetModel } from "../../xlsx/write/sheetModel";
import { checkerTranslator } from "../i18n/translate";
import type { BookAnswers, BookJob } from "./protocol";
import type { SummarySheet } from "../../engine";
import { modelSheets } from "../../engine/workbook";

/**
 * The workbooks the page makes with ExcelJS, in a worker of their own: the standard template (the
 * command line's `template`), the 汇总表 alone (the add-in's 导出汇总表) and the roll-up (the command
 * line's `rollup`), each by the very code those use.
 */

/** ExcelJS's writeBuffer gives a Buffer in Node and an ArrayBuffer in a browser. */
async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer: unknown = await workbook.xlsx.writeBuffer();
  if (buffer instanceof Uint8Array) return new Uint8Array(buffer);
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  throw new TypeError("ExcelJS returned no bytes");
}

export async function templateBook(job: Extract<BookJob, { kind: "template" }>) {
  return bytesOf(standardTemplateWorkbook(job.options));
}

/** The 汇总表 alone, as the add-in's 导出汇总表 builds it, with the name it gives the file. */
export async function summaryBook(
  model: SummarySheet
): Promise<{ bytes: Uint8Array; name: string }> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "党建台账检查";
  // Its 问题清单 goes with it, right after it, as in the add-in's 导出汇总表.
  for (const sheet of modelSheets(model)) writeSheetModel(workbook.addWorksheet(sheet.name), sheet);
  return { bytes: await bytesOf(workbook), name: exportFileName(model) };
}

export async function rollupBook(
  job: Extract<BookJob, { kind: "rollupBook" }>
): Promise<BookAnswers["rollupBook"]> {
  const t = checkerTranslator(job.locale);
  const { workbook, entries, skipped } = buildRollupWorkbook(
    job.readings,
    { noSummary: t("rollupNoSummary"), invalid: (detail) => t("rollupInvalid", { detail }) },
    { createdAt: job.createdAt, version: job.version, locale: job.locale }
  );
  return {
    bytes: workbook ? await bytesOf(workbook) : null,
    departments: entries.length,
    skipped,
  };
}
