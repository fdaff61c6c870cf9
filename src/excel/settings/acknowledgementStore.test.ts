import { HostError } from "../hostErrors";
import {
  ACKNOWLEDGEMENTS_KEY,
  loadAcknowledgements,
  saveAcknowledgements,
} from "./acknowledgementStore";
import {
  loadStoredSettings,
  saveStoredSettings,
  SETTINGS_KEY,
  type SettingsStore,
} from "./settingsStore";
import { toCheckOptions } from "../../engine/config/stored";

/** Office.Settings in memory: values held until saveAsync, which can be made to fail. */
function memoryStore(failSave = false): SettingsStore & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return {
    values,
    get: (name) => values.get(name) ?? null,
    set: (name, value) => {
      values.set(name, value);
    },
    saveAsync: (callback) =>
      callback(
        failSave ? { status: "failed", error: { message: "read-only" } } : { status: "succeeded" }
      ),
  };
}

const explained = {
  key: "org-secretary-principal\u001fmarkedNo",
  reason: "经机关党委同意",
  date: "2025-01-10",
};

describe("stored acknowledgements (已说明)", () => {
  it("round-trip through the document under a key of their own", async () => {
    const store = memoryStore();
    await saveStoredSettings(store, { reminderDays: 7 });
    await saveAcknowledgements(store, [explained]);
    expect(typeof store.values.get(ACKNOWLEDGEMENTS_KEY)).toBe("string");
    expect(loadAcknowledgements(store)).toEqual([explained]);
    // Saving 设置 leaves them alone, and they never leak into the settings.
    await saveStoredSettings(store, { reminderDays: 9 });
    expect(loadAcknowledgements(store)).toEqual([explained]);
    expect(loadStoredSettings(store)).toEqual({ reminderDays: 9 });
    expect(String(store.values.get(SETTINGS_KEY))).not.toContain("经机关党委同意");
  });

  it("read as none when missing or damaged, and keep only valid entries", () => {
    const store = memoryStore();
    expect(loadAcknowledgements(store)).toEqual([]);
    for (const garbage of ["{not json", "42", "{}", 17, null]) {
      store.set(ACKNOWLEDGEMENTS_KEY, garbage);
      expect(loadAcknowledgements(store)).toEqual([]);
    }
    store.set(
      ACKNOWLEDGEMENTS_KEY,
      JSON.stringify([explained, { key: "x", reason: "", date: "2025-01-01" }])
    );
    expect(loadAcknowledgements(store)).toEqual([explained]);
  });

  it("say so in both languages when Office cannot save", async () => {
    const error = await saveAcknowledgements(memoryStore(true), [explained]).catch(
      (e: unknown) => e
    );
    if (!(error instanceof HostError)) throw new Error("expected a HostError");
    expect(error.messageZh).toMatch(/说明未能保存/);
    expect(error.messageEn).toMatch(/could not be saved/);
  });

  it("reach the engine through the check options", () => {
    expect(toCheckOptions({}, "zh-CN", [explained])).toEqual({
      locale: "zh-CN",
      acknowledgements: [explained],
    });
    expect(toCheckOptions({}, "zh-CN", [])).toEqual({ locale: "zh-CN" });
  });
});
