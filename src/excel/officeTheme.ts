/** Whether a colour like "#1F1F1F" is dark: relative luminance below the middle grey. */
export function isDarkColour(hex: string | undefined): boolean {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex ?? "");
  if (!match) return false;
  const value = parseInt(match[1] ?? "0", 16);
  const channel = (shift: number): number => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
  return luminance < 0.5;
}
