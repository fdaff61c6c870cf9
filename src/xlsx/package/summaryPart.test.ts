import { departmentSummary } from "../../../test/summaryModel";
import type { OoxmlPackage } from "./ooxmlPackage";
import { DEFAULT_FONT_SIZE, StylesPart } from "./styles";
import { summarySheetXml } from "./summaryPart";

/** A package holding only a styles part whose default font is this size. */
function stylesOf(size: number): StylesPart {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="${size}"/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;
  const parts = new Map([["xl/styles.xml", xml]]);
  const pkg = {
    text: (name: string) => parts.get(name),
    setText: (name: string, text: string) => parts.set(name, text),
  } as unknown as OoxmlPackage;
  return new StylesPart(pkg, "xl/styles.xml");
}

const heights = (xml: string): Map<number, number> =>
  new Map(
    [...xml.matchAll(/<row r="(\d+)" ht="([\d.]+)" customHeight="1">/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ])
  );

describe("summarySheetXml", () => {
  const model = departmentSummary().attachments?.[0];
  if (!model) throw new Error("the summary has no 问题清单");

  test("writes the 问题清单's AutoFilter between the cells and the merges", () => {
    const xml = summarySheetXml(model, stylesOf(11), []);
    expect(xml).toContain(`</sheetData><autoFilter ref="${model.autoFilter}"/>`);
  });

  // Row heights are measured for 11 points: a workbook set in 14-point 宋体 sets our text larger.
  test("makes rows taller for a workbook whose default font is larger than 11 points", () => {
    const styles = stylesOf(14);
    expect(styles.defaultFontSize()).toBe(14);
    const plain = heights(summarySheetXml(model, stylesOf(11), []));
    const larger = heights(summarySheetXml(model, styles, [], 14 / DEFAULT_FONT_SIZE));
    expect(plain.size).toBeGreaterThan(0);
    for (const [row, height] of plain) {
      expect(larger.get(row)).toBeCloseTo(Math.min(409, (height * 14) / 11), 0);
    }
    // A smaller font keeps the measured heights: never shorter than the text needs at 11 points.
    expect(heights(summarySheetXml(model, stylesOf(9), [], 9 / DEFAULT_FONT_SIZE))).toEqual(plain);
  });
});
