import { loadFixture } from "./fixtures/loadFixture";
import { checkWorkbook, summarize, type SummarySheet } from "../src/engine";

/** The 汇总表 model of the golden department workbook, as a check in the add-in would build it. */
export function departmentSummary(): SummarySheet {
  const fixture = loadFixture("department-q1");
  const result = checkWorkbook(fixture.sheets, fixture.options);
  return summarize(result, { checkedAt: "2025-01-15 10:30", version: "0.1.0" });
}
