/**
 * Fluent UI's focus manager (tabster) holds elements through `WeakRef`, which Chromium has from
 * version 84; the Chromium-based browsers of some 信创 systems are older (80-ish), and EdgeHTML,
 * which hosts the add-in in some Excel on Windows, has none: there the pane or page would stop at
 * its first focus. There a reference that holds its element strongly stands in: the
 * page then keeps elements it has removed until it is closed, which a page of this size can afford.
 * Part of browserPolyfills.ts.
 */
class StrongRef<T extends object> {
  constructor(private readonly target: T) {}

  deref(): T {
    return this.target;
  }
}

if (typeof WeakRef === "undefined") Reflect.set(globalThis, "WeakRef", StrongRef);
