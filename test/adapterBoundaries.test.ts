import { ruleIdsFor } from "./lintProbe";

/** The boundaries between adapters, UI and command line are enforced by lint; this proves they fire. */
test.each([
  ["src/xlsx/write/probe.ts", 'import { x } from "../../excel/host";\nexport const y = x;\n'],
  ["src/taskpane/probe.ts", 'import { x } from "../cli/cliText";\nexport const y = x;\n'],
  [
    "src/taskpane/components/probe.tsx",
    'import { readFileSync } from "node:fs";\nexport const y = readFileSync;\n',
  ],
  ["src/taskpane/probe.ts", 'import path from "path";\nexport const y = path;\n'],
  [
    "src/taskpane/probe.ts",
    'import { generateSample } from "../sample";\nexport const y = generateSample;\n',
  ],
  ["src/commands/probe.ts", 'import { x } from "../cli/main";\nexport const y = x;\n'],
  ["src/commands/probe.ts", 'import { gzipSync } from "zlib";\nexport const y = gzipSync;\n'],
  ["src/excel/probe.ts", 'import { x } from "../sample/department";\nexport const y = x;\n'],
  ["src/excel/probe.ts", 'import { x } from "../engine/check";\nexport const y = x;\n'],
  [
    "src/taskpane/probe.ts",
    'import { x } from "../engine/template/layout";\nexport const y = x;\n',
  ],
  ["src/cli/probe.ts", 'import { x } from "../engine/rules/registry";\nexport const y = x;\n'],
  [
    "src/xlsx/read/probe.ts",
    'import { x } from "../../engine/workbook/markers";\nexport const y = x;\n',
  ],
  ["src/sample/probe.ts", 'import { x } from "../engine/parse";\nexport const y = x;\n'],
])("%s: the import is rejected", async (file, code) => {
  expect(await ruleIdsFor(code, file)).toContain("no-restricted-imports");
});

test("the command line may use Node and the sample; tests may use Node anywhere", async () => {
  const code =
    'import { readFileSync } from "node:fs";\nimport { x } from "../sample";\nexport const y = [readFileSync, x];\n';
  expect(await ruleIdsFor(code, "src/cli/probe.ts")).toEqual([]);
  expect(await ruleIdsFor(code, "src/taskpane/probe.test.ts")).toEqual([]);
});

test("outside the engine, product code enters it by its door and its named entries", async () => {
  const code =
    'import { checkWorkbook } from "../../engine";\nimport { TEMPLATE_FONT } from "../../engine/template";\nimport { NOTE_HEADER } from "../../engine/workbook";\nexport const y = [checkWorkbook, TEMPLATE_FONT, NOTE_HEADER];\n';
  expect(await ruleIdsFor(code, "src/excel/mark/probe.ts")).toEqual([]);
  expect(await ruleIdsFor(code, "src/xlsx/package/probe.ts")).toEqual([]);
  const inside = 'import { x } from "../../engine/check";\nexport const y = x;\n';
  expect(await ruleIdsFor(inside, "src/excel/mark/probe.test.ts")).toEqual([]);
});
