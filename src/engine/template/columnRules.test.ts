import { LEDGER_SCHEMAS } from "../schema/ledgerSchemas";
import { RULES } from "../rules/registry";
import { COLUMN_RULES, rulesOfColumn } from "./columnRules";

/** Structure rules that look at every column alike, or at sheets, and so read none in particular. */
const GENERIC = [
  "structure-missing-sheet",
  "structure-several-sheets",
  "structure-missing-column",
  "structure-unreadable-cell",
  "structure-not-checkable",
];

describe("COLUMN_RULES (derived from each rule's meta.reads)", () => {
  it("has exactly the schema's fields for every ledger", () => {
    for (const schema of LEDGER_SCHEMAS) {
      expect(Object.keys(COLUMN_RULES[schema.id] ?? {}).sort()).toEqual(
        schema.columns.map((c) => c.field).sort()
      );
    }
  });

  it("every column a rule declares exists in that ledger's schema", () => {
    const unknown: string[] = [];
    for (const rule of RULES) {
      for (const [ledger, fields] of Object.entries(rule.meta.reads)) {
        const schema = LEDGER_SCHEMAS.find((s) => s.id === ledger);
        for (const field of fields as readonly string[]) {
          if (!schema?.columns.some((c) => c.field === field))
            unknown.push(`${rule.meta.id}: ${ledger}.${field}`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });

  it("lists every rule that reads ledger cells under at least one column", () => {
    const listed = new Set(
      Object.values(COLUMN_RULES).flatMap((f) => Object.values(f ?? {}).flat())
    );
    const expected = RULES.map((r) => r.meta.id).filter((id) => !GENERIC.includes(id));
    expect(expected.filter((id) => !listed.has(id))).toEqual([]);
    for (const id of GENERIC) expect(listed.has(id as never)).toBe(false);
  });

  it("lists each rule once per column, in registry order", () => {
    const order = RULES.map((r) => r.meta.id);
    for (const fields of Object.values(COLUMN_RULES)) {
      for (const rules of Object.values(fields ?? {})) {
        expect(new Set(rules).size).toBe(rules.length);
        expect([...rules].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(rules);
      }
    }
  });

  it("answers [] for a field no schema has", () => {
    expect(rulesOfColumn("dues", "noSuchField")).toEqual([]);
    expect(rulesOfColumn("dues", "paidDate")).toEqual([
      "dues-backpay-limit",
      "dues-collection-day",
    ]);
  });
});
