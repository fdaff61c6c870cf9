import { localTimestamp } from "./timestamp";

test("formats a local date and time with zero padding", () => {
  expect(localTimestamp(new Date(2025, 0, 5, 9, 3))).toBe("2025-01-05 09:03");
});
