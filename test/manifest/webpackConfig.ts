import { createRequire } from "node:module";
import { join } from "node:path";
import { ROOT } from "./readManifest";

/** What the tests need to know of the build: pages, copied files and the manifest rewrite. */
export interface BuildPlan {
  pages: string[];
  copied: { from: string; to: string }[];
  manifestTransform: (content: Buffer) => string;
  entries: Record<string, string>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/**
 * Evaluates webpack.config.js as webpack would (the config is plain CommonJS, loaded through
 * createRequire so that its untyped export is narrowed here rather than trusted).
 */
export async function loadBuildPlan(
  mode: "production" | "development",
  env: Record<string, string | undefined>
): Promise<BuildPlan> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete process.env[key];
  try {
    const load = createRequire(join(ROOT, "webpack.config.js"));
    const factory: unknown = load("./webpack.config.js");
    if (typeof factory !== "function") throw new Error("webpack.config.js must export a function");
    const config: unknown = await factory({}, { mode });
    if (!isRecord(config) || !Array.isArray(config.plugins) || !isRecord(config.entry)) {
      throw new Error("webpack.config.js returned no plugins or entries");
    }
    const pages: string[] = [];
    const copied: { from: string; to: string }[] = [];
    let manifestTransform: BuildPlan["manifestTransform"] | undefined;
    for (const plugin of config.plugins as unknown[]) {
      if (!isRecord(plugin)) continue;
      if (isRecord(plugin.userOptions) && typeof plugin.userOptions.filename === "string") {
        pages.push(plugin.userOptions.filename);
      }
      if (!Array.isArray(plugin.patterns)) continue;
      for (const pattern of plugin.patterns as unknown[]) {
        if (
          !isRecord(pattern) ||
          typeof pattern.from !== "string" ||
          typeof pattern.to !== "string"
        )
          continue;
        copied.push({ from: pattern.from, to: pattern.to });
        const transform = pattern.transform;
        if (pattern.to === "manifest.xml" && typeof transform === "function") {
          manifestTransform = (content) => {
            const result: unknown = transform(content, join(ROOT, "manifest.xml"));
            if (typeof result !== "string") throw new Error("manifest transform must return text");
            return result;
          };
        }
      }
    }
    if (!manifestTransform) throw new Error("webpack.config.js does not copy manifest.xml");
    const entries = Object.fromEntries(
      Object.entries(config.entry).filter((e): e is [string, string] => typeof e[1] === "string")
    );
    return { pages, copied, manifestTransform, entries };
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}
