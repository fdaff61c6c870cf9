import { listFixtures, loadFixture } from "../test/fixtures/loadFixture";
import { checkWorkbook, SEVERITY_LABELS } from "../src/engine";

/** Prints what the engine finds in each golden fixture (or the ones named on the command line). */
const names = process.argv.length > 2 ? process.argv.slice(2) : listFixtures();
for (const name of names) {
  const fixture = loadFixture(name);
  const result = checkWorkbook(fixture.sheets, fixture.options);
  const lines = [`\n== ${name}: ${fixture.description}`, `   year ${result.settings.year}`];
  for (const f of result.findings) {
    const where = [
      f.sheet,
      f.row !== null ? `第${f.row}行` : null,
      f.column ? `${f.column}列` : null,
    ]
      .filter(Boolean)
      .join(" ");
    lines.push(
      `   [${SEVERITY_LABELS[f.severity]["zh-CN"]}] ${f.ruleId} ${where ? `(${where}) ` : ""}${f.message}`
    );
  }
  const t = result.totals;
  lines.push(
    `   合计：不符合 ${t.error}，提示 ${t.warning}，提醒 ${t.reminder}，无法识别 ${t.unreadable}`
  );
  if (result.errors.length > 0) lines.push(`   engine errors: ${JSON.stringify(result.errors)}`);
  process.stdout.write(`${lines.join("\n")}\n`);
}
