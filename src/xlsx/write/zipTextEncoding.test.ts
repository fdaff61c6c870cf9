import ExcelJS from "exceljs";
import { writeXlsxBuffer } from "./saveXlsx";
import { readXlsxBuffer } from "../read/readXlsx";

/**
 * A long run of supplementary-plane characters is bound to straddle one of JSZip's 16,384-unit
 * block boundaries in the shared-strings part, whichever parity it starts at.
 */
const SQUARE = "🟩";
const NAME = "𠀾𠁀";
const longText = (prefix: string): string => prefix + SQUARE.repeat(12_000) + NAME;

async function saveAndLoad(texts: readonly string[]): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("党员名册");
  texts.forEach((text, i) => (sheet.getCell(i + 1, 1).value = text));
  const { workbook: loaded } = await readXlsxBuffer(await writeXlsxBuffer(workbook));
  const again = loaded.getWorksheet("党员名册");
  return texts.map((_, i) => String(again?.getCell(i + 1, 1).value));
}

describe("saving keeps characters outside the Basic Multilingual Plane", () => {
  test.each([
    ["even start", ""],
    ["odd start", "x"],
  ])("a shared string of emoji (%s) comes back unchanged", async (_, prefix) => {
    const text = longText(prefix);
    const [back] = await saveAndLoad([text]);
    expect(back?.includes("\uFFFD")).toBe(false);
    expect(back).toBe(text);
  });
});
