/**
 * Office.js gives a RangeAreas address as one string, each area with its sheet:
 * "会议台账!A3:A7,会议台账!B3:B7", or "'My, sheet'!$A$1" with a quoted name. The engine wants the
 * areas alone ("A3:A7"), without sheet or $ signs.
 */
export function areasOfAddress(address: string): string[] {
  const areas: string[] = [];
  let current = "";
  let quoted = false;
  const finish = (): void => {
    const bang = current.lastIndexOf("!");
    const area = (bang >= 0 ? current.slice(bang + 1) : current).replace(/\$/g, "").trim();
    if (area !== "") areas.push(area);
    current = "";
  };
  for (const ch of address) {
    // A quote inside a quoted name is doubled (''), which toggles twice and changes nothing.
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) finish();
    else current += ch;
  }
  finish();
  return areas;
}
