import { chineseNumeral } from "./chineseNumeral";

test.each([
  [1, "一"],
  [10, "十"],
  [11, "十一"],
  [20, "二十"],
  [31, "三十一"],
  [99, "九十九"],
  [100, "100"],
])("%i → %s", (n, text) => expect(chineseNumeral(n)).toBe(text));
