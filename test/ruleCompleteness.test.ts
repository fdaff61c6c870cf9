import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { RULES, LOCALES, RULE_IDS, SEVERITIES } from "../src/engine";

const rulesDir = join(__dirname, "..", "src", "engine", "rules");
/** The rule specification is the repository's own (docs/specification.md). */
const specPath = join(__dirname, "..", "docs", "specification.md");

/** Every rule id written in the specification's rule tables (`| rule-id |`) and structure list (`` `structure-…` ``). */
function ruleIdsInSpec(spec: string): string[] {
  const ids = new Set<string>();
  for (const match of spec.matchAll(/^\| ([a-z]+(?:-[a-z0-9]+)+) +\|/gm)) ids.add(match[1] ?? "");
  for (const match of spec.matchAll(/`(structure-[a-z-]+)`/g)) ids.add(match[1] ?? "");
  return [...ids];
}

describe("rule registry completeness", () => {
  const folders = readdirSync(rulesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== "common")
    .map((d) => d.name);

  test("every rule id of the specification is in RULE_IDS", () => {
    const spec = readFileSync(specPath, "utf8");
    const fromSpec = ruleIdsInSpec(spec);
    expect(fromSpec.length).toBeGreaterThanOrEqual(31);
    expect([...RULE_IDS].sort()).toEqual(expect.arrayContaining(fromSpec.sort()));
    expect(fromSpec.sort()).toEqual(expect.arrayContaining([...RULE_IDS].sort()));
  });

  test("the registry holds one module per rule id, in RULE_IDS' order, each in its own folder", () => {
    expect(new Set(RULE_IDS).size).toBe(RULES.length);
    expect(RULES.map((rule) => rule.meta.id)).toEqual([...RULE_IDS]);
    for (const rule of RULES) {
      const source = readFileSync(join(rulesDir, rule.meta.id, "rule.ts"), "utf8");
      expect(source).toContain(`id: "${rule.meta.id}"`);
    }
  });

  test("every rule folder belongs to a rule id", () => {
    expect(folders.sort()).toEqual([...RULE_IDS].sort());
  });

  test.each([...RULE_IDS])("%s has rule.ts, rule.test.ts and a README", (id) => {
    for (const file of ["rule.ts", "rule.test.ts", "README.md"]) {
      expect(existsSync(join(rulesDir, id, file))).toBe(true);
    }
    const readme = readFileSync(join(rulesDir, id, "README.md"), "utf8");
    expect(readme).toContain(id);
    expect(readme.length).toBeGreaterThan(300);
  });

  test.each(RULES.map((r) => [r.meta.id, r] as const))("%s has complete metadata", (_id, rule) => {
    const { meta } = rule;
    expect(SEVERITIES).toContain(meta.defaultSeverity);
    expect(meta.clause.citations.length + (meta.clause.note ? 1 : 0)).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      expect(meta.title[locale].trim()).not.toBe("");
      expect(meta.description[locale].trim()).not.toBe("");
      for (const [id, message] of Object.entries(meta.messages)) {
        expect([id, message[locale].trim()]).not.toEqual([id, ""]);
      }
      for (const [name, spec] of Object.entries(meta.options)) {
        expect([name, spec.description[locale].trim()]).not.toEqual([name, ""]);
      }
    }
    for (const id of Object.keys(meta.summaryMessages ?? {})) {
      expect(Object.keys(meta.messages)).toContain(id);
    }
  });
});
