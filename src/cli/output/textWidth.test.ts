import { displayWidth, padEnd, padStart } from "./textWidth";

test.each([
  ["abc", 3],
  ["第一党支部", 10],
  ["ＡＢ", 4],
  ["95.0%", 5],
  ["", 0],
])("displayWidth(%p) = %i", (text, width) => expect(displayWidth(text)).toBe(width));

test("padding counts wide characters twice", () => {
  expect(padEnd("支部", 6)).toBe("支部  ");
  expect(padStart("12", 4)).toBe("  12");
});
