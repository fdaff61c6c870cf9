const pad = (n: number): string => String(n).padStart(2, "0");

/** "2025-01-15 10:30" in the clock's local time (the task pane's own notices). */
export function localTimestamp(date: Date = new Date()): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** China Standard Time is UTC+8 all year: China has kept no daylight saving time since 1991. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * "2025-01-15 10:30" in China Standard Time (北京时间), whatever zone the machine runs in: how the
 * 汇总表 and the roll-up say when a check ran. A server or laptop set to UTC (or abroad) must not
 * date a Shanghai department's summary eight hours early, or on the day before.
 */
export function chinaTimestamp(date: Date = new Date()): string {
  const china = new Date(date.getTime() + CHINA_OFFSET_MS);
  return `${china.getUTCFullYear()}-${pad(china.getUTCMonth() + 1)}-${pad(china.getUTCDate())} ${pad(china.getUTCHours())}:${pad(china.getUTCMinutes())}`;
}
