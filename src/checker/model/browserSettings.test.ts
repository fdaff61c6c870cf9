import {
  browserStore,
  loadFileSettings,
  saveFileSettings,
  type KeyValueStore,
} from "./browserSettings";

function memoryStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

describe("settings kept in the browser per file name", () => {
  test("round-trip, each file name on its own", () => {
    const store = memoryStore();
    expect(saveFileSettings(store, "一局.xlsx", { asOf: "2024-12-31", year: 2024 })).toBe(true);
    expect(loadFileSettings(store, "一局.xlsx")).toEqual({ asOf: "2024-12-31", year: 2024 });
    expect(loadFileSettings(store, "二局.xlsx")).toBeNull();
  });

  test("what is invalid is dropped, field by field, and garbage reads as none", () => {
    const store = memoryStore();
    store.setItem(
      "party-ledger-check:checker-settings:a.xlsx",
      JSON.stringify({
        asOf: "2024-02-30",
        year: 2024,
        rules: { "no-such-rule": { enabled: false } },
      })
    );
    expect(loadFileSettings(store, "a.xlsx")).toEqual({ year: 2024 });
    store.setItem("party-ledger-check:checker-settings:b.xlsx", "{not json");
    expect(loadFileSettings(store, "b.xlsx")).toBeNull();
  });

  test("a browser that refuses storage keeps nothing and breaks nothing", () => {
    const refusing: KeyValueStore = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => undefined,
    };
    expect(saveFileSettings(refusing, "a.xlsx", { year: 2024 })).toBe(false);
    expect(loadFileSettings(refusing, "a.xlsx")).toBeNull();
    expect(saveFileSettings(null, "a.xlsx", { year: 2024 })).toBe(false);
    expect(browserStore()).toBeNull();
  });
});
