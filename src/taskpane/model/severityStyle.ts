import { tokens } from "@fluentui/react-components";
import { HIGHLIGHT_COLOURS, type Severity } from "../../engine";

export interface SeverityStyle {
  background: string;
  foreground: string;
  /** A stripe beside each finding; a theme token, so it reads on light and dark backgrounds. */
  accent: string;
}

/**
 * The pane shows each severity in the colours its marks have on the sheet (specification.md, "Severities
 * and colours"), so a user matches a count to a marked row at a glance. Reminders are never marked
 * on a sheet; they take Excel's light blue with dark blue text. Unreadable cells keep the cell's
 * own font on the sheet; here they get a dark brown that reads on the orange fill.
 */
export const SEVERITY_STYLE: Readonly<Record<Severity, SeverityStyle>> = {
  error: {
    background: HIGHLIGHT_COLOURS.error.fill,
    foreground: HIGHLIGHT_COLOURS.error.font ?? "#9C0006",
    accent: tokens.colorPaletteRedBorderActive,
  },
  warning: {
    background: HIGHLIGHT_COLOURS.warning.fill,
    foreground: HIGHLIGHT_COLOURS.warning.font ?? "#9C5700",
    accent: tokens.colorPaletteMarigoldBorderActive,
  },
  reminder: {
    background: "#DDEBF7",
    foreground: "#1F4E79",
    accent: tokens.colorPaletteBlueBorderActive,
  },
  unreadable: {
    background: HIGHLIGHT_COLOURS.unreadable.fill,
    foreground: "#843C0C",
    accent: tokens.colorPalettePumpkinBorderActive,
  },
};
