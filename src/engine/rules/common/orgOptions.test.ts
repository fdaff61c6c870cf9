import { severityOption } from "./orgOptions";

test.each([
  ["error", "error"],
  ["warning", "warning"],
  ["reminder", "reminder"],
  ["unreadable", "unreadable"],
  ["Error", "warning"],
  ["严重", "warning"],
  ["", "warning"],
])("%s → %s", (value, expected) => expect(severityOption(value, "warning")).toBe(expected));
