/**
 * Writes a synthetic workbook of the given size as a filled standard template (.xlsx), in a child
 * process of its own so the generator's memory is gone before anything is measured.
 */
import { buildTemplateModel } from "../../src/engine/template";
import { writeTemplateWorkbook } from "../../src/xlsx/template";
import { syntheticWorkbook } from "../generate/syntheticWorkbook";

async function main(rows: number, out: string): Promise<void> {
  const data = syntheticWorkbook(rows);
  const model = buildTemplateModel({ year: data.year, unitName: String(data.unitInfo.unitName) });
  const workbook = writeTemplateWorkbook(model, { unitInfo: data.unitInfo, rows: data.rows });
  await workbook.xlsx.writeFile(out);
  process.stdout.write(`${JSON.stringify({ rows: data.rowCount, asOf: data.asOf })}\n`);
}

void main(Number(process.argv[2]), process.argv[3] ?? "");
