import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");

/** The libs beyond ES2017 that the browser type-check allows, read from tsconfig.browser.json. */
function browserLibsBeyondEs2017(): string[] {
  const config = JSON.parse(readFileSync(path.join(root, "tsconfig.browser.json"), "utf8")) as {
    compilerOptions: { lib: string[] };
  };
  return config.compilerOptions.lib.filter((lib) => !/^(ES2017|DOM|DOM\.Iterable)$/i.test(lib));
}

/** The libs the polyfill module names beside its imports. */
function polyfilledLibs(): string[] {
  const source = readFileSync(path.join(__dirname, "browserPolyfills.ts"), "utf8");
  const libs = [...source.matchAll(/^import "[^"]+"; \/\/ (.+)$/gm)].flatMap((match) =>
    (match[1] ?? "").split(",").map((lib) => lib.trim())
  );
  return [...new Set(libs)];
}

describe("browser polyfills", () => {
  it("supply exactly the libs the browser type-check allows beyond ES2017", () => {
    expect(polyfilledLibs().sort()).toEqual(browserLibsBeyondEs2017().sort());
  });

  async function loadPolyfillsAfresh(): Promise<void> {
    await jest.isolateModulesAsync(async () => {
      await import("./browserPolyfills");
    });
  }

  type Restore = () => void;
  function remove(owner: object, key: PropertyKey): Restore {
    const descriptor = Object.getOwnPropertyDescriptor(owner, key);
    Reflect.deleteProperty(owner, key);
    return () => {
      if (descriptor) Object.defineProperty(owner, key, descriptor);
    };
  }

  it.each([
    ["Promise.prototype.finally", Promise.prototype, "finally"],
    ["Array.prototype.flat", Array.prototype, "flat"],
    ["Array.prototype.flatMap", Array.prototype, "flatMap"],
    ["Object.fromEntries", Object, "fromEntries"],
    ["String.prototype.trimStart", String.prototype, "trimStart"],
    ["String.prototype.trimEnd", String.prototype, "trimEnd"],
    ["String.prototype.matchAll", String.prototype, "matchAll"],
    ["AggregateError", globalThis, "AggregateError"],
    ["WeakRef", globalThis, "WeakRef"],
  ] as const)("bring back %s where the browser lacks it", async (_name, owner, key) => {
    const restore = remove(owner, key);
    try {
      expect(key in owner).toBe(false);
      await loadPolyfillsAfresh();
      expect(typeof (owner as Record<string, unknown>)[key]).toBe("function");
    } finally {
      restore();
    }
  });

  it("make the polyfilled methods behave as the standard says", async () => {
    await loadPolyfillsAfresh();
    expect([1, [2, [3]]].flat()).toEqual([1, 2, [3]]);
    expect(Object.fromEntries([["甲", 1]])).toEqual({ 甲: 1 });
    expect([..."a1b2".matchAll(/\d/g)].map((match) => match[0])).toEqual(["1", "2"]);
  });
});
