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
])("%s: the import is rejected", async (file, code) => {
  expect(await ruleIdsFor(code, file)).toContain("no-restricted-imports");
});

test("the command line may use Node and the sample; tests may use Node anywhere", async () => {
  const code =
    'import { readFileSync } from "node:fs";\nimport { x } from "../sample";\nexport const y = [readFileSync, x];\n';
  expect(await ruleIdsFor(code, "src/cli/probe.ts")).toEqual([]);
  expect(await ruleIdsFor(code, "src/taskpane/probe.test.ts")).toEqual([]);
});
