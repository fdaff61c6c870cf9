import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The package's version, found by walking up from the running file to package.json. */
export function productVersion(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === "party-ledger-check" && pkg.version) return pkg.version;
    } catch {
      // No package.json here: keep walking up.
    }
    dir = dirname(dir);
  }
  return "0.0.0";
}
