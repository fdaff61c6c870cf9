/** Cell parsers: each turns one raw cell into a typed value, or says why it cannot. */
export * from "./result";
export * from "./text";
export {
  parseDate,
  dayFromSerial,
  isPlausibleYear,
  MAX_SERIAL,
  EARLIEST_YEAR,
  LATEST_YEAR,
} from "./date";
export { parseMonth, parseMonthRange, MAX_RANGE_MONTHS, type MonthRange } from "./month";
export {
  parseAmount,
  parseCount,
  parseHours,
  parseRatio,
  parseYears,
  parseYear,
  PERCENT_POINTS_FROM,
  MAX_TERM_YEARS,
} from "./number";
export { parseYesNo } from "./yesNo";
export { parseMeetingTypes } from "./meetingTypes";
export {
  parseMemberCategory,
  parseMemberStatus,
  parsePersonCategory,
  parsePartyRole,
  parseLectureFrequency,
  parseCollectionDay,
} from "./categories";
export { parseName, parseNameList } from "./name";
