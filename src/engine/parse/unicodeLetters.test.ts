import { LETTER_OR_MARK_RANGES, LETTER_RANGES } from "./unicodeLetters";

/** Every code point outside the surrogates, as a string. */
function* codePoints(): Generator<string> {
  for (let cp = 0; cp < 0x110000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    yield String.fromCodePoint(cp);
  }
}

test.each([
  ["\\p{L}", LETTER_RANGES, /^\p{L}$/u],
  ["[\\p{L}\\p{M}]", LETTER_OR_MARK_RANGES, /^[\p{L}\p{M}]$/u],
])("the ranges match exactly what %s matches, over every code point", (_, ranges, property) => {
  const spelt = new RegExp(`^[${ranges}]$`, "u");
  const differing: string[] = [];
  for (const ch of codePoints()) {
    if (spelt.test(ch) !== property.test(ch)) differing.push(ch.codePointAt(0)?.toString(16) ?? "");
  }
  expect(differing.slice(0, 20)).toEqual([]);
});
