import { chinaTimestamp, localTimestamp } from "./timestamp";

test("formats a local date and time with zero padding", () => {
  expect(localTimestamp(new Date(2025, 0, 5, 9, 3))).toBe("2025-01-05 09:03");
});

describe("chinaTimestamp", () => {
  test("is UTC+8 from the instant, not from the machine's zone", () => {
    expect(chinaTimestamp(new Date(Date.UTC(2025, 0, 5, 1, 3)))).toBe("2025-01-05 09:03");
  });

  test("crosses midnight, month and year ends the way Beijing's clock does", () => {
    expect(chinaTimestamp(new Date(Date.UTC(2024, 11, 31, 16, 0)))).toBe("2025-01-01 00:00");
    expect(chinaTimestamp(new Date(Date.UTC(2025, 1, 28, 20, 59)))).toBe("2025-03-01 04:59");
  });

  test("has no daylight saving time in summer", () => {
    expect(chinaTimestamp(new Date(Date.UTC(2025, 6, 1, 12, 0)))).toBe("2025-07-01 20:00");
  });
});
