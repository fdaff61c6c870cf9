import { withoutControlCharacters } from "../../xlsx/check/controlCharacters";

/**
 * Text from workbooks goes to a terminal: a cell holding ESC (stored as `_x001B_`) could clear the
 * screen, set the window title or fake output, and bidirectional overrides could reorder a line.
 * Everything printed that came from a file passes through here first.
 */
export const terminalText = withoutControlCharacters;

/**
 * JSON as printed: JSON.stringify escapes C0 controls but leaves DEL, C1 controls and the
 * bidirectional controls raw; those become \u escapes too, so the data is unchanged and a
 * terminal showing it is not driven by it.
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
