import { decodeEscapedCharacters } from "./ooxmlText";
import { parseXmlPart, type XlsxPackage } from "./xmlParts";

/**
 * The shared-string table as plain text: a rich string's runs joined, phonetic guides (`<rPh>`,
 * the readings shown above East Asian text) left out, as the full reader gives them.
 */
export async function readSharedStrings(pkg: XlsxPackage, part: string): Promise<string[]> {
  const strings: string[] = [];
  let plain = "";
  let runs = "";
  let hasRuns = false;
  let inItem = false;
  let inRun = false;
  let inPhonetic = false;
  let inText = false;
  let text = "";
  // The parser reports a self-closing tag as opened and closed, so `<si/>` still adds "".
  await parseXmlPart(pkg, part, (parser) => {
    parser.on("opentag", (tag) => {
      switch (tag.name) {
        case "si":
          inItem = true;
          plain = "";
          runs = "";
          hasRuns = false;
          break;
        case "r":
          inRun = inItem && !inPhonetic;
          break;
        case "rPh":
          inPhonetic = true;
          break;
        case "t":
          inText = inItem && !inPhonetic;
          text = "";
          break;
        default:
          break;
      }
    });
    parser.on("text", (value) => {
      if (inText) text += value;
    });
    parser.on("closetag", (tag) => {
      switch (tag.name) {
        case "t":
          if (!inText) break;
          inText = false;
          if (inRun) {
            runs += decodeEscapedCharacters(text);
            hasRuns = true;
          } else {
            plain = decodeEscapedCharacters(text);
          }
          break;
        case "r":
          inRun = false;
          break;
        case "rPh":
          inPhonetic = false;
          break;
        case "si":
          if (!inItem) break;
          strings.push(hasRuns ? runs : plain);
          inItem = false;
          break;
        default:
          break;
      }
    });
  });
  return strings;
}
