import { fitCellText } from "../write/cellText";
import type { StylesPart } from "./styles";
import { escapeAttribute, escapeXstring } from "./xmlDocument";
import { cellAddress, columnLetter } from "../../engine";
import type { SheetModel } from "../../engine/workbook";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Excel's largest row height in points; a taller row needs repair in Excel. */
const MAX_ROW_HEIGHT = 409;
const DEFAULT_WIDTH = 9;

/** "A1:Q40" → "$A$1:$Q$40"; "1:2" → "$1:$2" (defined names use absolute references). */
export const absolute = (ref: string): string =>
  ref.replace(
    /([A-Z]*)(\d+)/g,
    (_m, letters: string, digits: string) => `${letters ? `$${letters}` : ""}$${digits}`
  );

/**
 * The 汇总表 as a worksheet part of its own: text as inline strings (so sharedStrings.xml, often
 * the largest part after the sheets, is not touched and ledger text stays text), links as internal
 * hyperlinks (`location`, no relationship, no formula), styles appended to styles.xml, a frozen
 * header, an AutoFilter where the model has one, and A4 landscape print setup. `extraCells` go into
 * the hidden row 1 after the model's (the receipt of what the check appended to the package).
 * `fontScale` is the workbook's default font size over 11 points.
 */
export function summarySheetXml(
  model: SheetModel,
  styles: StylesPart,
  extraCells: readonly { column: number; text: string }[],
  fontScale = 1
): string {
  const hidden = new Set(model.hiddenColumns);
  for (const extra of extraCells) hidden.add(extra.column);
  const styleIds = new Map<string, number>();
  const styleOf = (
    name: keyof SheetModel["styles"],
    numberFormat: string | undefined,
    column: number
  ) => {
    const noWrap = hidden.has(column);
    const key = `${name}\u0000${numberFormat ?? ""}\u0000${noWrap ? 1 : 0}`;
    let id = styleIds.get(key);
    if (id === undefined) {
      id = styles.cellFormat(model.styles[name], {
        ...(numberFormat ? { numberFormat } : {}),
        noWrap,
      });
      styleIds.set(key, id);
    }
    return id;
  };
  const covered = new Set<string>();
  for (const m of model.merges) {
    for (let r = m.firstRow; r <= m.lastRow; r++)
      for (let c = m.firstColumn; c <= m.lastColumn; c++)
        if (r !== m.firstRow || c !== m.firstColumn) covered.add(`${r}:${c}`);
  }
  const rows = new Map<number, string[]>();
  const links: string[] = [];
  let lastRow = 1;
  let lastColumn = 0;
  const put = (row: number, xml: string): void => {
    const list = rows.get(row) ?? [];
    list.push(xml);
    rows.set(row, list);
    lastRow = Math.max(lastRow, row);
  };
  for (const cell of model.cells) {
    const ref = cellAddress(cell.row, cell.column);
    const s = styleOf(cell.style, cell.numberFormat, cell.column);
    lastColumn = Math.max(lastColumn, cell.column);
    if (covered.has(`${cell.row}:${cell.column}`)) put(cell.row, `<c r="${ref}" s="${s}"/>`);
    else if (typeof cell.value === "number")
      put(cell.row, `<c r="${ref}" s="${s}"><v>${cell.value}</v></c>`);
    else {
      const text = escapeXstring(fitCellText(cell.value));
      put(
        cell.row,
        `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`
      );
    }
    if (cell.link) {
      links.push(
        `<hyperlink ref="${ref}" location="${escapeAttribute(cell.link.address)}" display="${escapeAttribute(String(cell.value))}"/>`
      );
    }
  }
  for (const extra of extraCells) {
    const ref = cellAddress(1, extra.column);
    const s = styleOf("marker", undefined, extra.column);
    lastColumn = Math.max(lastColumn, extra.column);
    put(1, `<c r="${ref}" s="${s}" t="inlineStr"><is><t>${escapeXstring(extra.text)}</t></is></c>`);
  }
  // The model's heights are measured for an 11-point font; a workbook whose default font is larger
  // sets our text larger too, and its lines taller (column widths grow with the font by themselves).
  const grow = Math.max(1, fontScale);
  const heights = new Map(
    model.rowHeights.map((h) => [
      h.row,
      Math.min(Math.round(h.height * grow * 4) / 4, MAX_ROW_HEIGHT),
    ])
  );
  const sheetData = [...rows.keys()]
    .sort((a, b) => a - b)
    .map((row) => {
      const height = heights.get(row);
      const attributes = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
      return `<row r="${row}"${attributes}>${(rows.get(row) ?? []).join("")}</row>`;
    })
    .join("");

  const columns = Math.max(model.columnWidths.length, lastColumn + 1);
  let cols = "";
  for (let c = 0; c < columns; c++) {
    const width = model.columnWidths[c] ?? DEFAULT_WIDTH;
    cols += `<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"${hidden.has(c) ? ' hidden="1"' : ""}/>`;
  }
  const { rows: frozenRows, columns: frozenColumns } = model.freeze;
  let pane = "";
  if (frozenRows > 0 || frozenColumns > 0) {
    const activePane =
      frozenRows > 0 && frozenColumns > 0
        ? "bottomRight"
        : frozenRows > 0
          ? "bottomLeft"
          : "topRight";
    pane =
      `<pane${frozenColumns > 0 ? ` xSplit="${frozenColumns}"` : ""}${frozenRows > 0 ? ` ySplit="${frozenRows}"` : ""} topLeftCell="${cellAddress(frozenRows + 1, frozenColumns)}" activePane="${activePane}" state="frozen"/>` +
      `<selection pane="${activePane}"/>`;
  }
  const merges =
    model.merges.length === 0
      ? ""
      : `<mergeCells count="${model.merges.length}">${model.merges.map((m) => `<mergeCell ref="${m.address}"/>`).join("")}</mergeCells>`;
  const hyperlinks = links.length === 0 ? "" : `<hyperlinks>${links.join("")}</hyperlinks>`;
  // CT_Worksheet puts autoFilter after sheetData and before mergeCells.
  const autoFilter = model.autoFilter ? `<autoFilter ref="${model.autoFilter}"/>` : "";
  const dimension = `A1:${columnLetter(lastColumn)}${lastRow}`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="${dimension}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols>` +
    `<sheetData>${sheetData}</sheetData>${autoFilter}${merges}${hyperlinks}` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="${model.print.orientation}" fitToWidth="${model.print.fitToPagesWide}" fitToHeight="${model.print.fitToPagesTall}"/>` +
    `</worksheet>`
  );
}
