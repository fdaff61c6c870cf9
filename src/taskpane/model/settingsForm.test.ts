import { defaultForm, fromForm, toForm } from "./settingsForm";
import { RULES } from "../../engine";

describe("settings form", () => {
  it("shows every rule on at its default severity when nothing is stored", () => {
    const form = defaultForm();
    expect(Object.keys(form.rules)).toHaveLength(RULES.length);
    for (const rule of RULES) {
      expect(form.rules[rule.meta.id]).toEqual({
        enabled: true,
        severity: rule.meta.defaultSeverity,
      });
    }
    expect(form).toMatchObject({
      asOf: "",
      year: "",
      lectureFrequency: "",
      duesRounding: "fen",
      reminderDays: "15",
    });
  });

  it("round-trips stored settings, storing only rules that differ from their defaults", () => {
    const stored = {
      asOf: "2024-06-30",
      year: 2024,
      lectureFrequency: "month" as const,
      duesRounding: "yuan" as const,
      reminderDays: 30,
      rules: {
        "dues-rate": { enabled: false, severity: "error" as const },
        "org-secretary-principal": { enabled: true, severity: "error" as const },
      },
    };
    expect(fromForm(toForm(stored))).toEqual({ ok: true, settings: stored });
    const form = toForm(stored);
    form.rules["dues-rate"] = { enabled: true, severity: "error" };
    const parsed = fromForm(form);
    expect(parsed.ok && parsed.settings.rules).toEqual({
      "org-secretary-principal": { enabled: true, severity: "error" },
    });
  });

  it("rejects impossible dates, years and reminder days with a message for each", () => {
    const form = { ...defaultForm(), asOf: "2024-02-30", year: "1999", reminderDays: "1.5" };
    expect(fromForm(form)).toEqual({
      ok: false,
      errors: { asOf: "asOfInvalid", year: "yearInvalid", reminderDays: "reminderDaysInvalid" },
    });
    expect(fromForm({ ...defaultForm(), asOf: "2024-02-29", year: " 2024 " })).toEqual({
      ok: true,
      settings: { asOf: "2024-02-29", year: 2024, duesRounding: "fen", reminderDays: 15 },
    });
  });
});
