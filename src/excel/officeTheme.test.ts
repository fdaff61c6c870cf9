import { isDarkColour, THEME_POLL_MS, watchOfficeTheme } from "./officeTheme";

test.each([
  ["#FFFFFF", false],
  ["#f3f2f1", false],
  ["#262626", true],
  ["000000", true],
  ["not a colour", false],
  [undefined, false],
])("%p is dark: %p", (colour, dark) => expect(isDarkColour(colour)).toBe(dark));

describe("watchOfficeTheme", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function target() {
    const listeners = new Map<string, () => void>();
    return {
      addEventListener: (type: string, listener: () => void) => void listeners.set(type, listener),
      removeEventListener: (type: string) => void listeners.delete(type),
      fire: (type: string) => listeners.get(type)?.(),
      listening: () => listeners.size,
    };
  }

  it("looks again on focus, on becoming visible, on the system's change and every few seconds", () => {
    let dark = false;
    const seen: boolean[] = [];
    const window = target();
    const document = target();
    const media = target();
    const stop = watchOfficeTheme(
      () => dark,
      (d) => seen.push(d),
      {
        window,
        document,
        prefersColorScheme: media as unknown as MediaQueryList,
      }
    );
    dark = true;
    window.fire("focus");
    document.fire("visibilitychange");
    expect(seen).toEqual([true]);
    dark = false;
    media.fire("change");
    expect(seen).toEqual([true, false]);
    dark = true;
    jest.advanceTimersByTime(THEME_POLL_MS);
    expect(seen).toEqual([true, false, true]);
    stop();
    expect(window.listening() + document.listening() + media.listening()).toBe(0);
  });
});
