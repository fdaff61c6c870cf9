import { ESLint } from "eslint";
import { join } from "node:path";

// eslint.config.js is CommonJS; loading it here avoids ESLint's dynamic import, which jest's VM lacks.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const projectConfig = require("../eslint.config.js") as ESLint.Options["overrideConfig"];

/** The engine's purity is enforced by lint; this proves the rule fires on code that breaks it. */
const eslint = new ESLint({
  cwd: join(__dirname, ".."),
  overrideConfigFile: true,
  overrideConfig: projectConfig,
});

async function ruleIdsFor(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(__dirname, "..", file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? "");
}

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
