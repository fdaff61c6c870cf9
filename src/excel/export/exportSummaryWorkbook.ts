import { toBase64 } from "./base64";
import { buildModelWorkbook } from "./buildModelWorkbook";
import { HostError } from "../hostErrors";
import type { SummarySheet } from "../../engine";

/** Characters Windows and macOS refuse in file names (and control characters) become "_". */
function safeFileName(name: string): string {
  return [...name].map((ch) => (ch < " " || '\\/:*?"<>|'.includes(ch) ? "_" : ch)).join("");
}

/** "汇总表-市某某局-2024年度.xlsx", from the summary's own data when it has it. */
export function exportFileName(model: SummarySheet): string {
  const parts = [model.name];
  if (model.data.unitName) parts.push(model.data.unitName);
  parts.push(`${model.data.year}年度`);
  return `${safeFileName(parts.join("-"))}.xlsx`;
}

/** Where neither a new workbook nor a download is possible: the user copies the sheet by hand. */
function copyByHandError(model: SummarySheet, cause: unknown): HostError {
  return new HostError(
    `无法在新工作簿中打开导出的汇总表，本机 Excel 的任务窗格也不能下载文件，因此未导出任何文件。` +
      `请先检查（结果写入“${model.name}”工作表），再右键单击“${model.name}”工作表标签，选择“移动或复制”，` +
      `在“工作簿”中选择“(新工作簿)”并勾选“建立副本”，然后保存该新工作簿后报送。`,
    `The exported summary could not be opened as a new workbook, and this Excel's task pane cannot ` +
      `download files, so nothing was exported. Check first (the results go to the sheet ` +
      `“${model.name}”), then right-click that sheet's tab, choose Move or Copy, pick (new book) ` +
      `under To book, tick Create a copy, and save the new workbook to send it on.`,
    { cause }
  );
}

/**
 * 导出汇总表: the 汇总表 alone in a new workbook. `open` (Excel.createWorkbook) opens it in Excel;
 * where that fails (Excel on the web in some tenants, the hardening policy, an old host) the same
 * file goes to `download` — unless the pane cannot download at all (`null`: Excel for Mac, whose
 * webview drops downloads silently), where the user is told how to copy the sheet instead of
 * being told a file was saved. Returns which happened; a HostError when neither worked.
 */
export async function exportSummaryWorkbook(
  model: SummarySheet,
  open: (base64: string) => Promise<void>,
  download: ((bytes: Uint8Array, fileName: string) => void) | null
): Promise<"opened" | "downloaded"> {
  let bytes: Uint8Array;
  try {
    bytes = await buildModelWorkbook([model]);
  } catch (error) {
    throw new HostError(
      "生成汇总表文件时出错，请重新检查后再导出。",
      "The summary file could not be built. Run the check again, then export.",
      { cause: error }
    );
  }
  try {
    await open(toBase64(bytes));
    return "opened";
  } catch (openError) {
    if (download === null) throw copyByHandError(model, openError);
    try {
      download(bytes, exportFileName(model));
      return "downloaded";
    } catch (downloadError) {
      throw new HostError(
        "无法在 Excel 中打开导出的汇总表，下载也未成功。请检查浏览器是否阻止了下载后重试。",
        "The exported summary could not be opened in Excel, and the download failed too. Check whether the browser blocked the download and try again.",
        { cause: new AggregateError([openError, downloadError]) }
      );
    }
  }
}
