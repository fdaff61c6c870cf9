import { ruleIdsFor } from "./lintProbe";

/** The engine's purity and layers are enforced by lint; this proves the rules fire on code that breaks them. */
test.each([
  [
    'import { readFileSync } from "node:fs";\nexport const f = readFileSync;\n',
    "no-restricted-imports",
  ],
  ['import fs from "fs";\nexport const f = fs;\n', "no-restricted-imports"],
  ['import React from "react";\nexport const r = React;\n', "no-restricted-imports"],
  ['import ExcelJS from "exceljs";\nexport const e = ExcelJS;\n', "no-restricted-imports"],
  ['import { x } from "../../excel/reader";\nexport const y = x;\n', "no-restricted-imports"],
  ["export const t = (): string => document.title;\n", "no-restricted-globals"],
  ["export const t = (): void => console.log(1);\n", "no-restricted-globals"],
  ["export const t = (): number => Excel.run.length;\n", "no-restricted-globals"],
])("engine code %# is rejected by %s", async (code, rule) => {
  expect(await ruleIdsFor(code, "src/engine/rules/probe.ts")).toContain(rule);
});

test("the same imports are allowed outside the engine", async () => {
  const ids = await ruleIdsFor(
    'import { readFileSync } from "node:fs";\nexport const f = readFileSync;\n',
    "scripts/probe.ts"
  );
  expect(ids).not.toContain("no-restricted-imports");
});

test.each([
  [
    "src/engine/i18n/probe.ts",
    'import type { RuleMeta } from "../rules/types";\nexport type M = RuleMeta;\n',
  ],
  [
    "src/engine/findings/probe.ts",
    'import { x } from "../render/messages";\nexport const y = x;\n',
  ],
  [
    "src/engine/rules/x/probe.ts",
    'import { x } from "../../summary/buildSummary";\nexport const y = x;\n',
  ],
  [
    "src/engine/basics.ts",
    'import type { Locale } from "./i18n/locale";\nexport type L = Locale;\n',
  ],
])("%s may not import a layer above it", async (file, code) => {
  expect(await ruleIdsFor(code, file)).toContain("no-restricted-imports");
});

test("a layer may import the layers below it", async () => {
  const code = 'import type { Finding } from "../findings/types";\nexport type F = Finding;\n';
  expect(await ruleIdsFor(code, "src/engine/summary/probe.ts")).toEqual([]);
  expect(await ruleIdsFor(code, "src/engine/run/probe.ts")).toEqual([]);
});
