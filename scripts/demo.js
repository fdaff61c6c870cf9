// `npm run demo`: the main job end to end on a fresh clone — write the sample department
// workbook, check it, keep the checked copy and the JSON report under out/, print the summary.
const { spawnSync } = require("node:child_process");
const { mkdirSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const cli = join(root, "build", "cli", "cli", "main.js");
const out = join(root, "out");
mkdirSync(out, { recursive: true });
const sample = join(out, "示例单位党建台账.xlsx");

function run(args, acceptable) {
  const result = spawnSync(process.execPath, [cli, ...args], { stdio: "inherit", cwd: root });
  if (result.error) throw result.error;
  if (!acceptable.includes(result.status)) process.exit(result.status ?? 2);
}

run(["sample", sample, "--force"], [0]);
// The sample is the year 2025 seen on 2026-01-15 (docs/sample-problems.md), so it is checked as
// of that day. Exit code 1 means "errors found": what the sample's deliberate problems should give.
const report = join(out, "示例单位党建台账.report.json");
run(["check", sample, "--as-of", "2026-01-15", "--out", `${out}/`, "--json", report], [0, 1]);
