import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderRulesDoc } from "./rulesDoc";

test("docs/rules.md matches the rules' metadata (run `npm run docs:rules` after changing a rule)", () => {
  const committed = readFileSync(join(__dirname, "..", "docs", "rules.md"), "utf8");
  expect(committed).toBe(renderRulesDoc());
});
