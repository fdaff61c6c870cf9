import { isoDateToSerial, storedSerialAsRead } from "./excelSerial";
import { GridBuilder, type GridLimits } from "./gridBuilder";
import { mergedCellsProblem } from "./limitProblems";
import { readProblem } from "./readMessages";
import { parseMergeRange } from "./mergeArea";
import { decodeEntitiesAgain, decodeEscapedCharacters } from "./ooxmlText";
import { parseXmlPart, type XlsxPackage } from "./xmlParts";
import { cellAddress, type CellValue, type SheetInput } from "../../engine";

/** What a worksheet's cells are read against, shared by every sheet of the workbook. */
export interface WorksheetContext {
  sharedStrings: readonly string[];
  /** Per cell style index: numbers in it are dates. */
  dateStyles: readonly boolean[];
  date1904: boolean;
  gridLimits: GridLimits;
  maxMergedCells: number;
  /** Called once per sheet holding formulas saved without a result (never calculated). */
  onUncalculated?: (cells: number, first: string) => void;
  /** Called every `progressEvery` rows and at the sheet's end with the rows read so far. */
  onRows: (rows: number) => void;
  progressEvery: number;
}

/** Which text the parser is collecting: none, a `<v>`, an inline `<t>`, or a formula. */
const enum Capture {
  None,
  Value,
  InlineText,
  Formula,
}

/**
 * Reads one worksheet part as it inflates into the SheetInput the full reader gives: every
 * `<c>` becomes a value in the grid at once, with no object per cell; `<mergeCell>` areas are
 * counted against `maxMergedCells` (too-large, naming the sheet) and listed. Undefined when the
 * workbook names a part the zip does not hold.
 */
export async function readWorksheet(
  pkg: XlsxPackage,
  name: string,
  part: string,
  context: WorksheetContext
): Promise<SheetInput | undefined> {
  const grid = new GridBuilder(name, pkg.file, context.gridLimits);
  const { sharedStrings, dateStyles, date1904, onRows, progressEvery } = context;
  let inSheetData = false;
  let inRow = false;
  let rows = 0;
  let row = 0;
  let column = 0;
  // The cell being read.
  let inCell = false;
  let type: string | undefined;
  let dateStyle = false;
  let formula = false;
  let hasCachedValue = false;
  let capture = Capture.None;
  let text = "";
  let inInline = false;
  let inRun = false;
  let inPhonetic = false;
  let runText = "";
  let runs = "";
  let hasRuns = false;
  // Merged areas.
  let mergedCells = 0;
  let largestMerge = "";
  let largestMergeCells = 0;
  // Formulas saved without their result.
  let uncalculated = 0;
  let firstUncalculated = "";

  const finishCell = (): void => {
    inCell = false;
    capture = Capture.None;
    const value = hasRuns && type === "inlineStr" ? runs : text;
    if (formula && !hasCachedValue) {
      if (uncalculated++ === 0) firstUncalculated = cellAddress(row, column - 1);
    }
    if (formula) grid.put(row, column, value === "" ? "" : formulaResult(value));
    else if (value !== "") {
      const plain = cellValue(value);
      if (plain !== "") grid.put(row, column, plain);
    }
  };

  /** A formula's cached result; ExcelJS's full reader types it by `t` alone. */
  const formulaResult = (value: string): CellValue => {
    switch (type) {
      case "str":
        return decodeEntitiesAgain(value);
      case "b":
        return parseInt(value, 10) !== 0;
      case "e":
        return value;
      default:
        return numberValue(value);
    }
  };

  const cellValue = (value: string): CellValue => {
    switch (type) {
      case "s": {
        const shared = sharedStrings[parseInt(value, 10)];
        // Text the file lost: showing an index number instead would check wrong values.
        if (shared === undefined) throw missingSharedString(pkg.file, part);
        return shared;
      }
      case "str":
        return decodeEntitiesAgain(value);
      case "inlineStr":
      case "e":
        return value;
      case "b":
        return parseInt(value, 10) !== 0;
      case "d":
        return isoDateToSerial(value) ?? "";
      default:
        return numberValue(value);
    }
  };

  const numberValue = (value: string): CellValue => {
    const number = parseFloat(value);
    if (!Number.isFinite(number)) return "";
    return dateStyle ? (storedSerialAsRead(number, date1904) ?? "") : number;
  };

  const found = await parseXmlPart(pkg, part, (parser) => {
    parser.on("opentag", (tag) => {
      switch (tag.name) {
        case "c": {
          if (!inRow) break;
          const { r, s, t } = tag.attributes;
          column = r === undefined ? column + 1 : columnOf(r, column + 1);
          type = t;
          // Style 0 is never looked up by the full reader (a falsy style id).
          dateStyle = s !== undefined && dateStyles[parseInt(s, 10)] === true;
          inCell = true;
          formula = false;
          hasCachedValue = false;
          text = "";
          runs = "";
          hasRuns = false;
          break;
        }
        case "v":
          if (inCell) {
            capture = Capture.Value;
            hasCachedValue = true;
          }
          break;
        case "f":
          if (!inCell) break;
          // A shared formula's other cells carry only `t="shared"`; an empty `<f/>` is no formula.
          if (tag.attributes.t !== undefined) formula = true;
          capture = Capture.Formula;
          break;
        case "row": {
          if (!inSheetData) break;
          const number = parseInt(tag.attributes.r ?? "", 10);
          row = Number.isInteger(number) && number > 0 ? number : row + 1;
          column = 0;
          inRow = true;
          break;
        }
        case "is":
          if (inCell) inInline = true;
          break;
        case "t":
          if (inInline && !inPhonetic) {
            capture = Capture.InlineText;
            runText = "";
          }
          break;
        case "r":
          if (inInline) inRun = true;
          break;
        case "rPh":
          if (inInline) inPhonetic = true;
          break;
        case "sheetData":
          inSheetData = true;
          break;
        case "mergeCell": {
          const ref = tag.attributes.ref;
          const area = ref === undefined ? undefined : parseMergeRange(ref);
          if (!ref || !area) break;
          const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
          mergedCells += cells;
          if (cells > largestMergeCells) {
            largestMergeCells = cells;
            largestMerge = ref;
          }
          grid.addMerge(area);
          break;
        }
        default:
          break;
      }
    });
    parser.on("text", (value) => {
      switch (capture) {
        case Capture.None:
          break;
        case Capture.Value:
          text += value;
          break;
        case Capture.InlineText:
          runText += value;
          break;
        case Capture.Formula:
          formula = true;
          break;
      }
    });
    parser.on("closetag", (tag) => {
      switch (tag.name) {
        case "c":
          if (inCell) finishCell();
          break;
        case "v":
        case "f":
          capture = Capture.None;
          break;
        case "t":
          if (capture !== Capture.InlineText) break;
          capture = Capture.None;
          if (inRun) {
            // Rich-text runs are read as the full reader reads them, `_xHHHH_` escapes decoded.
            runs += decodeEscapedCharacters(runText);
            hasRuns = true;
          } else {
            text += runText;
          }
          break;
        case "r":
          inRun = false;
          break;
        case "rPh":
          inPhonetic = false;
          break;
        case "is":
          inInline = false;
          break;
        case "row":
          if (!inRow) break;
          inRow = false;
          rows++;
          if (rows % progressEvery === 0) onRows(rows);
          break;
        case "sheetData":
          inSheetData = false;
          break;
        default:
          break;
      }
    });
  });
  if (!found) return undefined;
  if (mergedCells > context.maxMergedCells) {
    throw mergedCellsProblem(pkg.file, name, largestMerge, mergedCells);
  }
  onRows(rows);
  if (uncalculated > 0) context.onUncalculated?.(uncalculated, firstUncalculated);
  return grid.build();
}

/**
 * The 1-based column of an A1 reference ("AB12" → 28), read from its letters alone: the row
 * comes from the enclosing `<row>`, as in the full reader. A reference without letters gives
 * `fallback`, the column after the previous cell.
 */
function columnOf(ref: string, fallback: number): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else break;
  }
  return column === 0 ? fallback : column;
}

/** A cell refers to a shared string the package does not hold (the table is missing or short). */
function missingSharedString(file: string, part: string) {
  return readProblem("corrupt", file, {
    part,
    problemZh: "引用的共享字符串（xl/sharedStrings.xml）不存在",
    problemEn: "it refers to shared strings (xl/sharedStrings.xml) that are missing",
  });
}
