/**
 * Text as ExcelJS 4.4.0's full reader gives it, so both readers agree character for character.
 */

const ESCAPED_CHARACTER = /_x([0-9A-F]{4})_/g;

/**
 * `<t>` text of shared strings and rich-text runs: OOXML writes characters XML cannot hold as
 * `_xHHHH_` (a carriage return is `_x000D_`); ExcelJS decodes them (upper-case hex only).
 */
export function decodeEscapedCharacters(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(ESCAPED_CHARACTER, (_whole, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}

const ENTITY = /&([a-z]*);/g;
const ENTITIES: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  apos: "'",
  quot: '"',
};

/**
 * A formula's or cell's `t="str"` text: ExcelJS decodes XML's five entities a second time after
 * the XML parser has, so "&amp;lt;" in the file reads as "<". Kept for identical grids.
 */
export function decodeEntitiesAgain(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, name: string) => ENTITIES[name] ?? whole);
}
