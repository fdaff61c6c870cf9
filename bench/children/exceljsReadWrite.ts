/**
 * Baseline for `check` with a written copy: ExcelJS loading the workbook and writing it back
 * unchanged, which the check cannot avoid doing.
 */
import ExcelJS from "exceljs";

async function main(file: string, out: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  await workbook.xlsx.writeFile(out);
}

void main(process.argv[2] ?? "", process.argv[3] ?? "");
