import { LOCALES } from "../i18n/locale";
import { explainRule } from "./explain";
import { RULES } from "./registry";

/** Every rule can be explained in both languages: what it requires, its basis and how to fix it. */
describe("explainRule", () => {
  const cases = RULES.flatMap((rule) =>
    LOCALES.map((locale) => [rule.meta.id, locale, rule] as const)
  );

  it.each(cases)("%s explains itself in %s", (_id, locale, rule) => {
    const text = explainRule(rule.meta, locale);
    expect(text.title.trim().length).toBeGreaterThan(1);
    for (const part of [text.requirement, text.basis, text.fix]) {
      expect(part.trim().length).toBeGreaterThan(3);
    }
    // A fix is advice, not the requirement repeated.
    expect(text.fix).not.toBe(text.requirement);
    if (locale === "zh-CN") {
      expect(text.fix).toMatch(/[\u4e00-\u9fff]/);
      expect(text.fix).toMatch(/。$/);
    } else {
      // English text may quote the ledgers' Chinese names, but is written in English.
      expect(text.fix).toMatch(/[A-Za-z]{3,}/);
      expect(text.fix).toMatch(/\.$/);
    }
  });

  it("no two rules give the same advice", () => {
    const fixes = RULES.map((rule) => rule.meta.fix["zh-CN"]);
    expect(new Set(fixes).size).toBe(fixes.length);
  });
});
