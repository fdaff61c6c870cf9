import { cellText, isBlank, normalizeText, toHalfWidth } from "./text";

test("full-width characters become half-width", () => {
  expect(toHalfWidth("２０２４年３月５日")).toBe("2024年3月5日");
  expect(toHalfWidth("ＡＢ（书记）\u3000")).toBe("AB(书记) ");
});

test("normalizeText trims and collapses whitespace", () => {
  expect(normalizeText("  第一\n党支部\u3000 ")).toBe("第一 党支部");
});

test.each([
  ["", ""],
  [12, "12"],
  [0.1 + 0.2, "0.3"],
  [true, "TRUE"],
  ["text", "text"],
])("cellText(%p) = %p", (value, text) => expect(cellText(value)).toBe(text));

test("isBlank", () => {
  expect(isBlank("")).toBe(true);
  expect(isBlank(" \u3000\n")).toBe(true);
  expect(isBlank(0)).toBe(false);
  expect(isBlank(false)).toBe(false);
});
