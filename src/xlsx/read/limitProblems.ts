import { XlsxReadError } from "./readError";
import { readProblem } from "./readMessages";
import { ZipDataError, ZipSizeLieError } from "./zipEntryData";

/**
 * The errors both readers give when a zip entry fails while it inflates: a lie about its size is
 * `too-large`, anything else that is not already a read problem is `corrupt`.
 */
export function inflateProblem(error: unknown, file: string): XlsxReadError {
  if (error instanceof XlsxReadError) return error;
  if (error instanceof ZipSizeLieError) {
    return readProblem(
      "too-large",
      file,
      { sizeZh: "超过其声明的大小", sizeEn: "past its declared size" },
      error
    );
  }
  const part = error instanceof ZipDataError ? error.entry : undefined;
  if (part === undefined) return readProblem("corrupt", file, {}, error);
  const crc = error instanceof ZipDataError && error.problem === "crc";
  return readProblem(
    "corrupt",
    file,
    crc
      ? { part, problemZh: "的数据校验（CRC）不符", problemEn: "its data fails the CRC check" }
      : { part, problemZh: "无法解压", problemEn: "it cannot be inflated" },
    error
  );
}

/** A sheet whose merged areas cover more cells than the limit allows. */
export function mergedCellsProblem(
  file: string,
  sheet: string,
  largest: string,
  cells: number
): XlsxReadError {
  return readProblem("too-large", file, {
    sheet,
    merged: true,
    sizeZh: `${largest} 等共 ${cells} 个单元格`,
    sizeEn: `${largest} and others, ${cells} cells in all`,
  });
}
