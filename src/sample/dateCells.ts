import { serialOf, ymdOf } from "./calendar";
import type { Random } from "./random";
import type { CellValue } from "../engine";

/** How an officer wrote a date: most cells are real Excel dates, some are typed as text. */
export type DateStyle = "serial" | "iso" | "slash" | "dot" | "chinese";

const TEXT_STYLES: readonly DateStyle[] = ["iso", "slash", "dot", "chinese"];

export function writeDate(serial: number, style: DateStyle): CellValue {
  const { year, month, day } = ymdOf(serial);
  switch (style) {
    case "serial":
      return serial;
    case "iso":
      return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    case "slash":
      return `${year}/${month}/${day}`;
    case "dot":
      return `${year}.${month}.${day}`;
    case "chinese":
      return `${year}年${month}月${day}日`;
  }
}

/** A date cell as the ledgers hold them: a serial, or now and then one of the typed forms. */
export function dateCell(random: Random, serial: number, textShare = 0.1): CellValue {
  return writeDate(serial, random.chance(textShare) ? random.pick(TEXT_STYLES) : "serial");
}

/** How a branch's dues officer writes 所属月份; each keeps to one habit. */
export type MonthStyle = "dot" | "chinese" | "iso" | "serial";

export function writeMonth(year: number, month: number, style: MonthStyle): CellValue {
  const mm = String(month).padStart(2, "0");
  switch (style) {
    case "dot":
      return `${year}.${mm}`;
    case "chinese":
      return `${year}年${month}月`;
    case "iso":
      return `${year}-${mm}`;
    case "serial":
      // A month typed into a date cell: Excel stores its first day.
      return serialOf(year, month, 1);
  }
}

/** A multi-month 所属月份 as officers write a quarter paid at once. */
export function writeMonthRange(year: number, from: number, to: number): CellValue {
  return `${year}.${String(from).padStart(2, "0")}-${year}.${String(to).padStart(2, "0")}`;
}
