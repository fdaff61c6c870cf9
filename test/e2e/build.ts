import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

/**
 * Builds what the browser test serves, each with webpack in a child process: the add-in's
 * production build as `npm run build` makes it (office.js from Microsoft's CDN first, then
 * office-js/office.js; the test blocks the CDN, as an intranet does, and the server answers the
 * local path with the test host or the real copy) and the test host bundle.
 */

const ROOT = resolve(__dirname, "../..");
const WEBPACK = join(ROOT, "node_modules/.bin/webpack");
const run = promisify(execFile);

async function webpack(args: string[], env: NodeJS.ProcessEnv, what: string): Promise<void> {
  if (!existsSync(WEBPACK)) {
    throw new Error(`找不到 webpack（${WEBPACK}），请先运行 npm ci (webpack is not installed)`);
  }
  try {
    await run(WEBPACK, args, { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const output = (error as { stdout?: string; stderr?: string }).stdout ?? "";
    throw new Error(`building ${what} failed:\n${output.slice(-4000)}`, { cause: error });
  }
}

/** The production build into `outDir`, with the manifest pointing at `baseUrl`. */
export function buildAddin(outDir: string, baseUrl: string): Promise<void> {
  return webpack(
    ["--mode", "production", "--output-path", outDir],
    { ...process.env, OFFICE_JS: "auto", ADDIN_BASE_URL: baseUrl },
    "the add-in (npm run build)"
  );
}

/** The test host (office-stub.js) into `outDir`. */
export function buildTestHost(outDir: string): Promise<void> {
  return webpack(
    ["--config", "test/e2e/host/webpack.config.js", "--output-path", outDir],
    process.env,
    "the test host"
  );
}
