import { generateSample, sampleSheets } from "../../src/sample";
import { checkWorkbook, type Finding } from "../../src/engine";

/** The rules that need no payment date: the two forms must agree on them exactly. */
const SAME_IN_BOTH = ["dues-paid-in-full", "dues-monthly", "dues-six-month-lapse"];

/** What a finding says about whom and when, leaving out where it sits (the forms' rows differ). */
const fact = (f: Finding): string =>
  [f.ruleId, f.severity, f.kind, f.branch ?? "", f.person ?? "", f.period ?? "", f.messageId].join(
    " "
  );

describe.each([
  ["the default sample", {}],
  ["seed 1, 2024", { seed: 1, year: 2024 }],
  ["seed 424242, 2026", { seed: 424242, year: 2026 }],
])("%s with its dues kept as the month-column register", (_label, options) => {
  const sample = generateSample(options);
  const check = (duesForm: "rows" | "register") =>
    checkWorkbook(sampleSheets(sample, { duesForm }), { asOf: sample.asOf, year: sample.year });
  const rows = check("rows");
  const register = check("register");

  test("is read as the register, with no structure error", () => {
    expect(register.workbook.dues?.form).toBe("register");
    const broken = register.findings.filter(
      (f) =>
        f.ruleId.startsWith("structure-") &&
        (f.severity === "error" || f.severity === "unreadable") &&
        f.sheet === register.workbook.dues?.sheet
    );
    expect(broken.map((f) => f.message)).toEqual([]);
  });

  test.each(SAME_IN_BOTH)("%s finds exactly what the one-row form finds", (ruleId) => {
    const facts = (findings: readonly Finding[]) =>
      findings
        .filter((f) => f.ruleId === ruleId)
        .map(fact)
        .sort();
    expect(facts(register.findings)).toEqual(facts(rows.findings));
    expect(facts(rows.findings).length).toBeGreaterThan(0);
  });

  test("its findings point at the register's cells: the short payment's month, the unpaid month", () => {
    const sheet = register.workbook.dues?.sheet;
    const layout = register.workbook.dues?.register;
    const monthColumns = new Set(layout?.months.map((m) => m.column));
    for (const f of register.findings.filter(
      (x) => x.ruleId === "dues-paid-in-full" || x.ruleId === "dues-monthly"
    )) {
      expect([f.ruleId, f.sheet, monthColumns.has(f.column ?? "")]).toEqual([
        f.ruleId,
        sheet,
        true,
      ]);
    }
  });

  test("the date rules are listed as not checkable in this form, not passed", () => {
    const listed = register.findings.filter((f) => f.ruleId === "structure-not-checkable");
    expect(listed).toHaveLength(1);
    expect(listed[0]?.message).toContain("补交党费不超过6个月");
    expect(listed[0]?.message).toContain("在党费集中交纳日交纳");
  });
});
