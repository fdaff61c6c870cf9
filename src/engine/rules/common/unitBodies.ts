/**
 * Rows of 会议台账 that belong to the unit rather than to a branch: the 部门党组（党委）'s 民主生活会,
 * the 机关党委书记's 述职. Their 支部 cell names a body, not a branch (机关党委, 局党组, 部门党委).
 */

/** Whether a 支部 cell names the unit's 党组, 党委 or 机关党委 rather than a branch or a 党总支. */
export function isUnitLevelBody(name: string | undefined): boolean {
  if (!name) return false;
  const text = name.replace(/[（(][^）)]*[）)]$/u, "").trim();
  if (/支部|总支/u.test(text)) return false;
  return /(?:机关党委|党组|党委)$/u.test(text);
}
