import { LEDGER_SCHEMAS } from "../schema/ledgerSchemas";
import { ruleById, RULES } from "../rules/registry";
import type { RuleId } from "../rules/ruleIds";
import { COLUMN_RULES } from "./columnRules";

const tableRules = (): Set<RuleId> =>
  new Set(Object.values(COLUMN_RULES).flatMap((fields) => Object.values(fields).flat()));

describe("COLUMN_RULES", () => {
  it("names only rules of the registry", () => {
    for (const id of tableRules()) expect(ruleById(id)).toBeDefined();
  });

  it("has exactly the schema's fields for every ledger", () => {
    for (const schema of LEDGER_SCHEMAS) {
      expect(Object.keys(COLUMN_RULES[schema.id]).sort()).toEqual(
        schema.columns.map((c) => c.field).sort()
      );
    }
  });

  it("lists every rule that reads ledger cells under at least one column", () => {
    const listed = tableRules();
    const generic = [
      "structure-missing-sheet",
      "structure-missing-column",
      "structure-unreadable-cell",
      "structure-not-checkable",
    ];
    const expected = RULES.map((r) => r.meta.id).filter((id) => !generic.includes(id));
    expect(expected.filter((id) => !listed.has(id))).toEqual([]);
  });

  it("lists each rule once per column", () => {
    for (const fields of Object.values(COLUMN_RULES)) {
      for (const rules of Object.values(fields)) expect(new Set(rules).size).toBe(rules.length);
    }
  });
});
