import { existsSync, readFileSync, writeFileSync } from "node:fs";
import {
  expectedPath,
  listFixtures,
  loadFixture,
  toGolden,
  type GoldenFinding,
} from "./fixtures/loadFixture";
import { checkWorkbook } from "../src/engine";

/** Fixed "now" so golden runs never depend on the clock (every fixture also sets asOf). */
const NOW = Date.UTC(2025, 0, 1);
const update = process.env.UPDATE_GOLDEN === "1";

describe.each(listFixtures())("golden workbook %s", (name) => {
  const fixture = loadFixture(name);
  const result = checkWorkbook(fixture.sheets, { now: NOW, ...fixture.options });
  const actual = toGolden(result.findings);

  test("gives exactly the expected findings", () => {
    if (update) writeFileSync(expectedPath(name), `${JSON.stringify(actual, null, 1)}\n`, "utf8");
    expect(existsSync(expectedPath(name))).toBe(true);
    const expected = JSON.parse(readFileSync(expectedPath(name), "utf8")) as GoldenFinding[];
    expect(actual).toEqual(expected);
  });

  test("no rule throws", () => {
    expect(result.errors).toEqual([]);
  });

  if (name.startsWith("error.")) {
    test("yields structure findings", () => {
      expect(result.findings.filter((f) => f.kind === "structure").length).toBeGreaterThan(0);
    });
  }
});
