import {
  APPROXIMATE_CLASSES,
  LETTER_CLASSES,
  PROPERTY_CLASSES,
  propertyEscapesSupported,
  type LetterClasses,
} from "./unicodeLetters";

/** What name.ts builds from the classes: a name's characters, whole. */
const nameOf = ({ letter, mark }: LetterClasses): RegExp =>
  new RegExp(`^[${letter}${mark}·' .\\u2019-]+$`, "u");

/** Names a ledger holds, in every script the approximation covers (combining accents included). */
const NAMES = [
  "张三",
  "欧阳修",
  "阿依古丽·买买提",
  "𠀋田", // an ideograph of CJK Extension B
  "々木",
  "José Müller",
  "Nguyễn Văn An",
  "Nguye\u0302\u0303n", // the same letters with combining marks
  "O'Brien",
  "Ольга Петрова",
  "Κώστας",
  "김민준",
  "さくら",
  "サクラ",
  "ｻｸﾗ",
];

/** Text that is no name: digits, symbols, punctuation, emoji, full-width digits, formulas. */
const NOT_NAMES = ["12", "=SUM(A1)", "#N/A", "张三？", "李四!", "😀", "１２", "王五5", "a;b", "〇"];

describe.each([
  ["exact (\\p{L}, \\p{M})", PROPERTY_CLASSES],
  ["approximate", APPROXIMATE_CLASSES],
])("%s letter classes", (_, classes) => {
  const name = nameOf(classes);

  it.each(NAMES)("take %s as a name", (text) => {
    expect(name.test(text)).toBe(true);
  });

  it.each(NOT_NAMES)("refuse %s", (text) => {
    expect(name.test(text)).toBe(false);
  });
});

describe("the approximation", () => {
  it("holds letters and marks only (checked where this engine can say)", () => {
    const letter = /^\p{L}$/u;
    const mark = /^\p{M}$/u;
    const approximateLetter = new RegExp(`^[${APPROXIMATE_CLASSES.letter}]$`, "u");
    const approximateMark = new RegExp(`^[${APPROXIMATE_CLASSES.mark}]$`, "u");
    // Only code points assigned by Unicode 10 (2017), so a newer or older Node agrees.
    const samples = [
      ...NAMES.join(""),
      ..."ÀÿĀžƀɏḀỹͰϿЀԯᄀᇿ㐀䶵一鿕豈ｦﾟ가힣ぁゖァヺ",
      "\u{20000}",
      "\u{2A6D6}",
    ];
    for (const ch of samples) {
      if (approximateLetter.test(ch)) expect(letter.test(ch)).toBe(true);
      if (approximateMark.test(ch)) expect(mark.test(ch)).toBe(true);
    }
  });
});

describe("propertyEscapesSupported", () => {
  it("is true where the engine builds \\p{…} classes (Node, Chromium)", () => {
    expect(propertyEscapesSupported()).toBe(true);
    expect(LETTER_CLASSES).toBe(PROPERTY_CLASSES);
  });

  it("is false where building one throws, as EdgeHTML's RegExp does", () => {
    const edgeHtml = (): RegExp => {
      throw new SyntaxError("Invalid regular expression: invalid escape");
    };
    expect(propertyEscapesSupported(edgeHtml)).toBe(false);
  });
});
