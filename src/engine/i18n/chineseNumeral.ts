const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1–99 in Chinese numerals as articles are numbered (11 → 十一, 20 → 二十, 31 → 三十一). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones === 0 ? "" : DIGITS[ones]}`;
}
