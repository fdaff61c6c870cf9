import { HIGHLIGHT_COLOURS } from "../highlight/colours";
import type { CellStyle, SheetStyleName } from "../workbook/sheetModel";

const BORDER = "#BFBFBF";

const boxed = (style: Partial<CellStyle>): CellStyle => ({
  font: {},
  horizontal: "left",
  vertical: "center",
  wrap: true,
  border: BORDER,
  ...style,
});

const centred = (style: Partial<CellStyle>): CellStyle => boxed({ horizontal: "center", ...style });

/**
 * The summary's palette. Error, warning and unreadable use the ledger highlight colours
 * (specification.md); ✓ uses Excel's built-in 'Good' colours.
 */
export const SUMMARY_STYLES: Record<SheetStyleName, CellStyle> = {
  title: { font: { bold: true, size: 16 }, horizontal: "center", vertical: "center", wrap: false },
  subtitle: {
    font: { size: 10, colour: "#595959" },
    horizontal: "center",
    vertical: "center",
    wrap: false,
  },
  section: { font: { bold: true, size: 12 }, horizontal: "left", vertical: "center", wrap: false },
  header: centred({ font: { bold: true }, fill: "#D9E1F2" }),
  cell: boxed({ vertical: "top" }),
  number: boxed({ horizontal: "right", wrap: false }),
  percent: boxed({ horizontal: "right", wrap: false }),
  link: centred({ font: { colour: "#0563C1", underline: true }, wrap: false }),
  ok: centred({ font: { colour: "#006100" }, fill: "#C6EFCE" }),
  bad: centred({
    font: { colour: HIGHLIGHT_COLOURS.error.font },
    fill: HIGHLIGHT_COLOURS.error.fill,
  }),
  open: centred({ font: { colour: "#595959" } }),
  error: centred({
    font: { colour: HIGHLIGHT_COLOURS.error.font },
    fill: HIGHLIGHT_COLOURS.error.fill,
  }),
  warning: centred({
    font: { colour: HIGHLIGHT_COLOURS.warning.font },
    fill: HIGHLIGHT_COLOURS.warning.fill,
  }),
  reminder: centred({ font: { colour: "#1F4E78" }, fill: "#DDEBF7" }),
  unreadable: centred({ fill: HIGHLIGHT_COLOURS.unreadable.fill }),
  note: { font: { size: 9, colour: "#595959" }, horizontal: "left", vertical: "top", wrap: true },
  marker: {
    font: { size: 8, colour: "#BFBFBF" },
    horizontal: "left",
    vertical: "top",
    wrap: false,
  },
  /** The 问题清单's title: left and unmerged, it runs on over the empty cells to its right. */
  listTitle: {
    font: { bold: true, size: 14 },
    horizontal: "left",
    vertical: "center",
    wrap: false,
  },
  caption: {
    font: { size: 10, colour: "#595959" },
    horizontal: "left",
    vertical: "center",
    wrap: false,
  },
  /** A sentence that is a link (to the 问题清单). */
  linkText: {
    font: { colour: "#0563C1", underline: true },
    horizontal: "left",
    vertical: "center",
    wrap: true,
  },
  /** The sign-off block: 填报单位（盖章）, 填报人… and what is filled in beside them. */
  signLabel: boxed({ font: { bold: true }, fill: "#F2F2F2", horizontal: "center", wrap: true }),
  signValue: boxed({ wrap: true }),
};
