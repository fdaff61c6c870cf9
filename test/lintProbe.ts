import { ESLint } from "eslint";
import { join } from "node:path";

// eslint.config.js is CommonJS; loading it here avoids ESLint's dynamic import, which jest's VM lacks.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const projectConfig = require("../eslint.config.js") as ESLint.Options["overrideConfig"];

const eslint = new ESLint({
  cwd: join(__dirname, ".."),
  overrideConfigFile: true,
  overrideConfig: projectConfig,
});

/** The rules the project's lint reports on `code`, linted as if it were `file` (from the root). */
export async function ruleIdsFor(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(__dirname, "..", file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? "");
}
