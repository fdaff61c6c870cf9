import { RULES } from "./registry";

/**
 * The wording a 机关党委 official forwards unchanged (specification.md, "Wording of messages"),
 * held for every registered rule's Chinese texts at once, so that a new rule cannot slip back.
 */
const texts = RULES.flatMap((rule) =>
  [
    ...Object.entries(rule.meta.messages).map(([id, m]) => ({
      id,
      text: m["zh-CN"],
      summary: false,
    })),
    ...Object.entries(rule.meta.summaryMessages ?? {}).flatMap(([id, m]) =>
      m ? [{ id, text: m["zh-CN"], summary: true }] : []
    ),
  ].map((m) => ({ rule: rule.meta, ...m }))
);

describe("message wording", () => {
  test("head counts are 应到16人, not 应到会16人", () => {
    const wrong = texts.filter((m) => /[应实]到会\{/.test(m.text));
    expect(wrong.map((m) => `${m.rule.id}/${m.id}`)).toEqual([]);
  });

  test("no template star leaks into a message", () => {
    const wrong = texts.filter((m) => /[*＊]/.test(m.text));
    expect(wrong.map((m) => `${m.rule.id}/${m.id}`)).toEqual([]);
  });

  test("a 党费台账 row finding says whose payment, in the 汇总表 too", () => {
    // dues-collection-day/unset is about the unit (no 党费集中交纳日 set), not about a row.
    const unitLevel = new Set(["dues-collection-day/unset"]);
    const dues = texts.filter(
      (m) =>
        m.rule.ledger === "dues" && m.rule.kind === "row" && !unitLevel.has(`${m.rule.id}/${m.id}`)
    );
    expect(dues.length).toBeGreaterThan(10);
    const anonymous = dues.filter((m) => !m.text.startsWith("{name}"));
    expect(anonymous.map((m) => `${m.rule.id}/${m.id}${m.summary ? " (summary)" : ""}`)).toEqual(
      []
    );
  });

  test("no amount is written with a thousands separator", () => {
    const wrong = texts.filter((m) => /\d,\d{3}/.test(m.text));
    expect(wrong.map((m) => `${m.rule.id}/${m.id}`)).toEqual([]);
  });
});
