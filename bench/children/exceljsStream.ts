/**
 * Baseline for `check --report-only`: ExcelJS's own streaming reader over every row of the file,
 * nothing else. Prints the number of rows seen, so a reader that stopped early would show.
 */
import ExcelJS from "exceljs";

async function main(file: string): Promise<void> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "emit",
  });
  let rows = 0;
  let cells = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) {
      rows++;
      row.eachCell({ includeEmpty: false }, () => {
        cells++;
      });
    }
  }
  process.stdout.write(`${JSON.stringify({ rows, cells })}\n`);
}

void main(process.argv[2] ?? "");
