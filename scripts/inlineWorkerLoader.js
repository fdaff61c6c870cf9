// A webpack loader for `import source from "./someWorker.ts?worker"`: bundles the worker's entry
// with esbuild into one self-contained ES2017 script (no chunks of its own to load) and gives its
// text as the module's default export. The page starts the worker from that text through a blob:
// URL, which works where `new Worker(url)` does not — a page opened from file:// (Chromium refuses
// a worker script from a file: URL) — and the same way over http(s).
const path = require("path");
const esbuild = require("esbuild");

/** @this {import("webpack").LoaderContext<Record<string, never>>} */
module.exports = function inlineWorker() {
  const callback = this.async();
  const production = this.mode === "production";
  esbuild
    .build({
      entryPoints: [this.resourcePath],
      bundle: true,
      write: false,
      format: "iife",
      platform: "browser",
      target: "es2017",
      minify: production,
      legalComments: "none",
      metafile: true,
      logLevel: "silent",
      define: { "process.env.NODE_ENV": JSON.stringify(production ? "production" : "development") },
      tsconfig: path.resolve(__dirname, "../tsconfig.browser.json"),
    })
    .then((result) => {
      // Rebuilt when any file it bundles changes (watch mode and the dev server).
      for (const input of Object.keys(result.metafile.inputs)) {
        this.addDependency(path.resolve(process.cwd(), input));
      }
      const code = result.outputFiles[0].text;
      callback(null, `export default ${JSON.stringify(code)};\n`);
    })
    .catch((error) => callback(error));
};
