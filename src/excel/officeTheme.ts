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

/** The page events a theme watch listens to (window and document in the pane). */
export interface ThemeEvents {
  addEventListener(type: "focus" | "visibilitychange", listener: () => void): void;
  removeEventListener(type: "focus" | "visibilitychange", listener: () => void): void;
}

/** How often an open pane looks at Office's theme. */
export const THEME_POLL_MS = 3_000;

/**
 * Calls `listener` with each change of `isDark()` (Office's theme) while the pane is open.
 * Office.js tells Excel add-ins of no theme change: its OfficeThemeChanged event is Outlook's
 * alone ("[Api set: Mailbox 1.14]",
 * https://learn.microsoft.com/javascript/api/office/office.eventtype), and Excel's
 * `Office.context.officeTheme` is only a set of colours to read
 * (https://learn.microsoft.com/javascript/api/office/office.officetheme). So the pane reads them
 * again when it regains focus or becomes visible (the user changed the theme in File › Account),
 * when the system's light/dark preference changes (`prefersColorScheme`, for Office's "Use system
 * setting"), and every THEME_POLL_MS. Returns the unsubscribe.
 */
export function watchOfficeTheme(
  isDark: () => boolean,
  listener: (dark: boolean) => void,
  page: { window?: ThemeEvents; document?: ThemeEvents; prefersColorScheme?: MediaQueryList } = {}
): () => void {
  let last = isDark();
  const look = (): void => {
    const dark = isDark();
    if (dark === last) return;
    last = dark;
    listener(dark);
  };
  page.window?.addEventListener("focus", look);
  page.document?.addEventListener("visibilitychange", look);
  page.prefersColorScheme?.addEventListener("change", look);
  const timer = setInterval(look, THEME_POLL_MS);
  return () => {
    clearInterval(timer);
    page.window?.removeEventListener("focus", look);
    page.document?.removeEventListener("visibilitychange", look);
    page.prefersColorScheme?.removeEventListener("change", look);
  };
}
