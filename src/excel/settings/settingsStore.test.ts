import {
  loadStoredSettings,
  saveStoredSettings,
  SETTINGS_KEY,
  type SettingsStore,
} from "./settingsStore";
import { toCheckOptions } from "./toCheckOptions";
import { HostError } from "../hostErrors";

/** Office.Settings as the add-in sees it: values kept in memory until saveAsync. */
class MemoryStore implements SettingsStore {
  values = new Map<string, unknown>();
  saved = 0;
  constructor(private readonly failSave = false) {}
  get(name: string): unknown {
    return this.values.get(name) ?? null;
  }
  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }
  saveAsync(callback: (result: { status: unknown; error?: { message?: string } | null }) => void) {
    if (this.failSave) callback({ status: "failed", error: { message: "read-only" } });
    else {
      this.saved++;
      callback({ status: "succeeded" });
    }
  }
}

// Office's own settings object must fit the narrow interface the adapter takes.
const fits = (settings: Office.Settings): SettingsStore => settings;

describe("stored settings", () => {
  it("round-trip through the document", async () => {
    const store = new MemoryStore();
    const settings = {
      asOf: "2024-12-31",
      year: 2024,
      lectureFrequency: "month" as const,
      duesRounding: "jiao" as const,
      reminderDays: 30,
      rules: { "dues-rate": { enabled: false }, "org-term-due": { severity: "warning" as const } },
    };
    await saveStoredSettings(store, settings);
    expect(store.saved).toBe(1);
    expect(typeof store.get(SETTINGS_KEY)).toBe("string");
    expect(loadStoredSettings(store)).toEqual(settings);
    expect(typeof fits).toBe("function");
  });

  it("read as defaults when missing, unparsable or of the wrong shape", () => {
    const store = new MemoryStore();
    expect(loadStoredSettings(store)).toEqual({});
    for (const garbage of ["{not json", "42", "[]", 17, true, ["a"], "null"]) {
      store.set(SETTINGS_KEY, garbage);
      expect(loadStoredSettings(store)).toEqual({});
    }
    const throwing: SettingsStore = {
      get: () => {
        throw new Error("settings part damaged");
      },
      set: () => undefined,
      saveAsync: () => undefined,
    };
    expect(loadStoredSettings(throwing)).toEqual({});
  });

  it("keep each valid field and drop each invalid one", () => {
    const store = new MemoryStore();
    store.set(SETTINGS_KEY, {
      asOf: "2024-02-30",
      year: 1800,
      lectureFrequency: "weekly",
      duesRounding: "yuan",
      reminderDays: -3,
      rules: {
        "dues-rate": { enabled: "no", severity: "fatal" },
        "meeting-general-quarterly": { enabled: false, severity: "warning" },
        "no-such-rule": { enabled: false },
      },
    });
    expect(loadStoredSettings(store)).toEqual({
      duesRounding: "yuan",
      rules: { "meeting-general-quarterly": { enabled: false, severity: "warning" } },
    });
  });

  it("say so in both languages when Office cannot save", async () => {
    const error = await saveStoredSettings(new MemoryStore(true), { year: 2024 }).catch(
      (e: unknown) => e
    );
    if (!(error instanceof HostError)) throw new Error("expected a HostError");
    expect(error.messageZh).toMatch(/设置未能保存/);
    expect(error.messageEn).toMatch(/could not be saved/);
  });
});

describe("toCheckOptions", () => {
  it("passes what is set and leaves the rest to 单位信息 and the defaults", () => {
    expect(toCheckOptions({}, "zh-CN")).toEqual({ locale: "zh-CN" });
    expect(
      toCheckOptions(
        {
          asOf: "2024-06-30",
          year: 2024,
          reminderDays: 7,
          rules: { "dues-rate": { enabled: false } },
        },
        "en-US"
      )
    ).toEqual({
      locale: "en-US",
      asOf: "2024-06-30",
      year: 2024,
      reminderDays: 7,
      rules: { "dues-rate": { enabled: false } },
    });
  });
});
