import { XlsxReadError, type XlsxReadReason } from "./readError";
import type { Localized } from "../../engine";

/** Extra facts some messages need; every field is optional so callers pass only what they know. */
export interface ReadProblemDetail {
  /** Why a file could not be opened: "ENOENT", "EACCES", "EISDIR"… */
  code?: string;
  /** What kind of non-xlsx file it looks like. */
  looksLike?: "xlsb" | "docx" | "pptx" | "ods" | "odf" | "zip" | "html" | "text" | "unknown";
  /** For corrupt: the damaged part of the package ("xl/worksheets/sheet1.xml"). */
  part?: string;
  /** For corrupt: what is wrong with it, in both languages. */
  problemZh?: string;
  problemEn?: string;
  /** For too-large: the sheet whose used range is too big. */
  sheet?: string;
  /** For too-large: the sheet's merged areas, not its used range, are too large. */
  merged?: boolean;
  /** For too-large: a short statement of the size found. */
  sizeZh?: string;
  sizeEn?: string;
}

/** The file's name without its folder, whichever separator the path uses ("a/b\\台账.xlsx" → "台账.xlsx"). */
export function fileBaseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}

/** Builds the XlsxReadError for a reason: every message names the file and says what to do. */
export function readProblem(
  reason: XlsxReadReason,
  file: string,
  detail: ReadProblemDetail = {},
  cause?: unknown
): XlsxReadError {
  const name = file === "" ? "" : fileBaseName(file);
  const zhFile = name === "" ? "工作簿" : `文件“${name}”`;
  const enFile = name === "" ? "The workbook" : `The file "${name}"`;
  const text = texts(reason, zhFile, enFile, detail);
  return new XlsxReadError({
    reason,
    file,
    message: text["zh-CN"],
    messageEn: text["en-US"],
    cause,
  });
}

function texts(
  reason: XlsxReadReason,
  zhFile: string,
  enFile: string,
  detail: ReadProblemDetail
): Localized {
  switch (reason) {
    case "not-found":
      return notFound(zhFile, enFile, detail.code);
    case "empty-file":
      return {
        "zh-CN": `${zhFile}是空文件（0 字节），可能未保存完整或下载失败，请重新获取后再检查`,
        "en-US": `${enFile} is empty (0 bytes); it may not have been saved or downloaded completely. Get the file again and re-run the check.`,
      };
    case "legacy-xls":
      return {
        "zh-CN": `${zhFile}是旧版 Excel 97-2003 格式（.xls），请在 Excel 中另存为 .xlsx 后再检查`,
        "en-US": `${enFile} is in the old Excel 97-2003 format (.xls). Save it as .xlsx in Excel and check it again.`,
      };
    case "encrypted":
      return {
        "zh-CN": `${zhFile}设置了打开密码（已加密），无法读取，请在 Excel 中取消密码（文件→信息→保护工作簿→用密码进行加密）后另存再检查`,
        "en-US": `${enFile} is password-protected (encrypted) and cannot be read. Remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password), save, and check it again.`,
      };
    case "not-xlsx":
      return notXlsx(zhFile, enFile, detail.looksLike ?? "unknown");
    case "corrupt": {
      const zhPart =
        detail.part === undefined ? "" : `（部件 ${detail.part}${detail.problemZh ?? ""}）`;
      const enPart =
        detail.part === undefined
          ? ""
          : ` (part ${detail.part}${detail.problemEn === undefined ? "" : `: ${detail.problemEn}`})`;
      return {
        "zh-CN": `${zhFile}已损坏${zhPart}或不是有效的 Excel 工作簿，无法读取，请在 Excel 中打开确认内容无误后另存为 .xlsx 再检查`,
        "en-US": `${enFile} is damaged${enPart} or not a valid Excel workbook. Open it in Excel, check its contents, save it as .xlsx and check it again.`,
      };
    }
    case "too-large":
      return tooLarge(zhFile, enFile, detail);
  }
}

function notFound(zhFile: string, enFile: string, code: string | undefined) {
  if (code === "EACCES" || code === "EPERM") {
    return {
      "zh-CN": `没有读取${zhFile}的权限，请检查文件权限或先关闭占用该文件的程序`,
      "en-US": `${enFile} cannot be read: permission denied. Check the file's permissions or close the program holding it.`,
    };
  }
  if (code === "EISDIR") {
    return {
      "zh-CN": `${zhFile}是一个文件夹，不是 Excel 文件，请指定要检查的 .xlsx 文件`,
      "en-US": `${enFile} is a folder, not an Excel file. Name the .xlsx file to check.`,
    };
  }
  if (code === undefined || code === "ENOENT" || code === "ENOTDIR") {
    return {
      "zh-CN": `找不到${zhFile}，请检查文件名和路径是否正确`,
      "en-US": `${enFile} was not found. Check the file name and path.`,
    };
  }
  return {
    "zh-CN": `无法打开${zhFile}（${code}），请确认文件可以访问后再检查`,
    "en-US": `${enFile} could not be opened (${code}). Make sure the file can be accessed and check it again.`,
  };
}

function notXlsx(zhFile: string, enFile: string, looksLike: ReadProblemDetail["looksLike"]) {
  const tail = {
    "zh-CN": "，请在 Excel 中打开后另存为 Excel 工作簿（.xlsx）再检查",
    "en-US": " Open it in Excel, save it as an Excel Workbook (.xlsx) and check it again.",
  };
  switch (looksLike) {
    case "xlsb":
      return {
        "zh-CN": `${zhFile}是 Excel 二进制工作簿（.xlsb）${tail["zh-CN"]}`,
        "en-US": `${enFile} is an Excel Binary Workbook (.xlsb).${tail["en-US"]}`,
      };
    case "docx":
      return {
        "zh-CN": `${zhFile}是 Word 文档，不是 Excel 工作簿，请指定台账所在的 .xlsx 文件`,
        "en-US": `${enFile} is a Word document, not an Excel workbook. Name the .xlsx file holding the ledgers.`,
      };
    case "pptx":
      return {
        "zh-CN": `${zhFile}是 PowerPoint 演示文稿，不是 Excel 工作簿，请指定台账所在的 .xlsx 文件`,
        "en-US": `${enFile} is a PowerPoint presentation, not an Excel workbook. Name the .xlsx file holding the ledgers.`,
      };
    case "ods":
      return {
        "zh-CN": `${zhFile}是 OpenDocument 电子表格（.ods，WPS 或 LibreOffice 等保存），不是 Excel 工作簿，请在 Excel、WPS 或 LibreOffice 中打开，用“另存为”保存为 Excel 工作簿（.xlsx）后再检查`,
        "en-US": `${enFile} is an OpenDocument spreadsheet (.ods, as WPS or LibreOffice save it), not an Excel workbook. Open it in Excel, WPS or LibreOffice, use Save As to save it as an Excel Workbook (.xlsx) and check it again.`,
      };
    case "odf":
      return {
        "zh-CN": `${zhFile}是 OpenDocument 文档（如 .odt 文字文档），不是 Excel 工作簿，请指定台账所在的 .xlsx 文件`,
        "en-US": `${enFile} is an OpenDocument document (such as an .odt text), not an Excel workbook. Name the .xlsx file holding the ledgers.`,
      };
    case "zip":
      return {
        "zh-CN": `${zhFile}是压缩包，不是 Excel 工作簿，请先解压，再检查其中的 .xlsx 文件`,
        "en-US": `${enFile} is a zip archive, not an Excel workbook. Unpack it and check the .xlsx files inside.`,
      };
    case "html":
      return {
        "zh-CN": `${zhFile}实际上是网页（HTML/XML）格式，不是真正的 Excel 工作簿${tail["zh-CN"]}`,
        "en-US": `${enFile} is really a web page (HTML/XML), not a true Excel workbook.${tail["en-US"]}`,
      };
    case "text":
      return {
        "zh-CN": `${zhFile}是文本文件（如 CSV），不是 Excel 工作簿${tail["zh-CN"]}`,
        "en-US": `${enFile} is a text file (such as CSV), not an Excel workbook.${tail["en-US"]}`,
      };
    default:
      return {
        "zh-CN": `${zhFile}不是 Excel 工作簿（.xlsx）${tail["zh-CN"]}`,
        "en-US": `${enFile} is not an Excel workbook (.xlsx).${tail["en-US"]}`,
      };
  }
}

function tooLarge(zhFile: string, enFile: string, detail: ReadProblemDetail) {
  if (detail.sheet !== undefined && detail.merged === true) {
    return {
      "zh-CN": `${zhFile}的工作表“${detail.sheet}”合并单元格范围过大（${detail.sizeZh ?? ""}），请在 Excel 中选中该区域取消合并（开始→合并后居中→取消单元格合并）后再检查`,
      "en-US": `${enFile}: the merged cells of sheet "${detail.sheet}" cover too much (${detail.sizeEn ?? ""}). Select them in Excel, unmerge them (Home → Merge & Center → Unmerge Cells) and check it again.`,
    };
  }
  if (detail.sheet !== undefined) {
    return {
      "zh-CN": `${zhFile}的工作表“${detail.sheet}”数据区域过大（${detail.sizeZh ?? ""}），可能含有远离台账的零星内容，请删除多余的行列后再检查`,
      "en-US": `${enFile}: the used range of sheet "${detail.sheet}" is too large (${detail.sizeEn ?? ""}); it may hold stray content far from the ledger. Delete the extra rows and columns and check it again.`,
    };
  }
  return {
    "zh-CN": `${zhFile}解压后过大（${detail.sizeZh ?? ""}），可能不是正常的台账文件，已拒绝读取；如确为台账，请删除多余内容后再检查`,
    "en-US": `${enFile} is too large once unpacked (${detail.sizeEn ?? ""}) and may not be a genuine ledger; it was not read. If it is one, remove the extra content and check it again.`,
  };
}
