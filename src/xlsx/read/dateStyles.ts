import { isDateFormat } from "./excelSerial";
import { parseXmlPart, type XlsxPackage } from "./xmlParts";

/**
 * The built-in number formats ExcelJS 4.4.0 knows a format code for that its date rule accepts:
 * 14–22 (m/d/yy … h:mm:ss) and 45–47 (mm:ss, [h]:mm:ss, mmss.0). It has no code for the
 * locale-dependent ids (27–36, 50–58), so the full reader leaves numbers in those styles as
 * numbers; so does this reader, for the two to agree.
 */
const BUILTIN_DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * For each cell style (index into `<cellXfs>`), whether numbers in it are dates: the answer the
 * full reader reaches through ExcelJS's style model, from styles.xml alone.
 */
export async function readDateStyles(pkg: XlsxPackage, part: string): Promise<boolean[]> {
  const customFormats = new Map<number, string>();
  const formatIds: number[] = [];
  let inNumFmts = false;
  let inCellXfs = false;
  await parseXmlPart(pkg, part, (parser) => {
    parser.on("opentag", (tag) => {
      switch (tag.name) {
        case "numFmts":
          inNumFmts = true;
          break;
        case "cellXfs":
          inCellXfs = true;
          break;
        case "numFmt": {
          const code = tag.attributes.formatCode;
          if (inNumFmts && code !== undefined) {
            // ExcelJS drops the backslash of escaped characters before judging the code.
            customFormats.set(
              parseInt(tag.attributes.numFmtId ?? "", 10),
              code.replace(/\\(.)/g, "$1")
            );
          }
          break;
        }
        case "xf":
          if (inCellXfs) formatIds.push(parseInt(tag.attributes.numFmtId ?? "", 10));
          break;
        default:
          break;
      }
    });
    parser.on("closetag", (tag) => {
      if (tag.name === "numFmts") inNumFmts = false;
      else if (tag.name === "cellXfs") inCellXfs = false;
    });
  });
  return formatIds.map((id, index) => {
    // The full reader never looks up style 0 (a falsy style id) nor format 0 or a missing one.
    if (index === 0 || !id) return false;
    const custom = customFormats.get(id);
    return custom ? isDateFormat(custom) : BUILTIN_DATE_FORMAT_IDS.has(id);
  });
}
