/**
 * What counts as a letter (and a combining mark) in a person's name, as the body of a regular
 * expression character class for the "u" flag.
 *
 * Where the JavaScript engine has Unicode property escapes (ES2018: Node, Chromium, WebView2,
 * Safari), the classes are exactly \p{L} and \p{M}. The task pane's bundles are ES2017 and also
 * run in EdgeHTML, which has no property escapes: there `/\p{L}/u` is a syntax error, so the
 * escapes are only ever handed to `new RegExp` as text, after a probe has shown the engine takes
 * them. Where it does not, an approximate class stands in: the scripts names in party ledgers are
 * written in — Latin (with its extensions and Vietnamese), Greek, Cyrillic, the CJK ideographs
 * (with the supplementary planes), kana and Hangul — and the combining marks those use.
 */

export interface LetterClasses {
  /** Letters: the body of a character class ("\\p{L}" or explicit ranges). */
  letter: string;
  /** Combining marks: "\\p{M}" or explicit ranges. */
  mark: string;
}

export const PROPERTY_CLASSES: LetterClasses = { letter: "\\p{L}", mark: "\\p{M}" };

/** Letters of the scripts named above (each range holds only letters, Unicode category L*). */
const APPROXIMATE_LETTER = [
  // Latin: ASCII, Latin-1 letters, Latin Extended-A/B, Latin Extended Additional (Vietnamese).
  "A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF",
  // Greek (without its numeral signs, tonos symbols and question mark) and Cyrillic.
  "\\u0370-\\u0373\\u0376\\u0377\\u037B-\\u037D\\u037F\\u0386\\u0388-\\u038A\\u038C",
  "\\u038E-\\u03A1\\u03A3-\\u03F5\\u03F7-\\u03FF\\u0400-\\u0481\\u048A-\\u052F",
  // Hangul Jamo, 々〆, kana (without the katakana middle dot), Hangul compatibility Jamo.
  "\\u1100-\\u11FF\\u3005\\u3006\\u3041-\\u3096\\u309D-\\u309F\\u30A1-\\u30FA\\u30FC-\\u30FF",
  "\\u3131-\\u318E\\u31F0-\\u31FF",
  // CJK ideographs: Extension A, the unified block, compatibility ideographs, supplementary planes.
  "\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFA6D\\uFA70-\\uFAD9\\u{20000}-\\u{2FA1D}\\u{30000}-\\u{323AF}",
  // Hangul syllables, half-width katakana.
  "\\uAC00-\\uD7A3\\uFF66-\\uFF9F",
].join("");

/** Combining marks: diacritics (and their extensions), Cyrillic marks, kana voicing marks. */
const APPROXIMATE_MARK = [
  "\\u0300-\\u036F\\u0483-\\u0489\\u1AB0-\\u1ABE\\u1DC0-\\u1DFF\\u20D0-\\u20F0\\u3099\\u309A",
  "\\uFE20-\\uFE2F",
].join("");

export const APPROXIMATE_CLASSES: LetterClasses = {
  letter: APPROXIMATE_LETTER,
  mark: APPROXIMATE_MARK,
};

/**
 * Whether the engine takes property escapes. `build` is the RegExp constructor; a test hands in
 * one that throws, as EdgeHTML's does, to take the other path.
 */
export function propertyEscapesSupported(
  build: (pattern: string, flags: string) => RegExp = (pattern, flags) => new RegExp(pattern, flags)
): boolean {
  try {
    return build("^\\p{L}\\p{M}$", "u").test("e\u0301");
  } catch {
    return false;
  }
}

/** The classes this engine uses: exact where it can, the documented approximation where not. */
export const LETTER_CLASSES: LetterClasses = propertyEscapesSupported()
  ? PROPERTY_CLASSES
  : APPROXIMATE_CLASSES;
