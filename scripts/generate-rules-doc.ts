import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderRulesDoc } from "./rulesDoc";

const target = join(__dirname, "..", "docs", "rules.md");
writeFileSync(target, renderRulesDoc(), "utf8");
process.stdout.write(`wrote ${target}\n`);
