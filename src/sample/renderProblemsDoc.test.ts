import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateSample } from "./generateSample";
import { renderSampleProblemsDoc } from "./renderProblemsDoc";

const DOC = join(__dirname, "..", "..", "docs", "sample-problems.md");

/** The doc as committed is exactly the rendered text (.prettierignore leaves it alone). */
function expectedDoc(): string {
  return renderSampleProblemsDoc(generateSample().problems);
}

describe("renderSampleProblemsDoc", () => {
  it("lists every problem with its rule, place and description, and an English summary", () => {
    const { problems } = generateSample();
    const doc = renderSampleProblemsDoc(problems);
    for (const p of problems) {
      const line = doc.split("\n").find((l) => l.startsWith(`| ${p.id} |`));
      expect(line).toContain(`\`${p.ruleId}\``);
      expect(line).toContain(p.description);
      if (p.row !== undefined) expect(line).toContain(`| ${p.row} |`);
    }
    expect(doc).toContain("## English summary");
    expect(doc).toContain("Dues at the prescribed rate");
  });

  it("writes periods in Chinese and escapes pipes in descriptions", () => {
    const doc = renderSampleProblemsDoc([
      {
        id: "P01",
        ruleId: "meeting-general-quarterly",
        sheet: "会议台账",
        branch: "机关第二党支部",
        period: "2025-Q3",
        description: "第三季度|没有党员大会",
      },
    ]);
    expect(doc).toContain("| 2025年第三季度 |");
    expect(doc).toContain("第三季度\\|没有党员大会");
  });

  it("matches the committed docs/sample-problems.md (UPDATE_SAMPLE_DOC=1 rewrites it)", () => {
    const expected = expectedDoc();
    if (process.env.UPDATE_SAMPLE_DOC === "1") writeFileSync(DOC, expected, "utf8");
    expect(readFileSync(DOC, "utf8")).toBe(expected);
  });
});
