import { isDarkColour } from "./officeTheme";

test.each([
  ["#FFFFFF", false],
  ["#f3f2f1", false],
  ["#262626", true],
  ["000000", true],
  ["not a colour", false],
  [undefined, false],
])("%p is dark: %p", (colour, dark) => expect(isDarkColour(colour)).toBe(dark));
