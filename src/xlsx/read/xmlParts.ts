import { SaxesParser } from "saxes";
import { posix } from "../package/posixPath";
import { inflateProblem } from "./limitProblems";
import type { EntryStreamer } from "./zipEntryData";
import type { ByteSource, ZipLayout } from "./zipDirectory";

/** An opened .xlsx whose parts are read by name, each inflated once as it is parsed. */
export interface XlsxPackage {
  source: ByteSource;
  layout: ZipLayout;
  /** Names the file in messages. */
  file: string;
  /** Entry index by part name, lower-cased without a leading "/" (zip names vary in case). */
  parts: Map<string, number>;
  /** How an entry is inflated: Node's zlib on the command line, fflate in a browser. */
  streamEntry: EntryStreamer;
}

export type XmlParser = SaxesParser<{ xmlns: false; position: false }>;

export function openPackage(
  source: ByteSource,
  layout: ZipLayout,
  file: string,
  streamEntry: EntryStreamer
): XlsxPackage {
  const parts = new Map<string, number>();
  layout.entries.forEach((entry, index) => {
    const name = partKey(entry.name);
    if (!parts.has(name)) parts.set(name, index);
  });
  return { source, layout, file, parts, streamEntry };
}

export const hasPart = (pkg: XlsxPackage, name: string): boolean => pkg.parts.has(partKey(name));

/**
 * Streams one part's XML through a parser that `listen` has set its handlers on: the part is
 * inflated once, held to its declared size, and decoded as one UTF-8 stream, so a character cut
 * by a chunk boundary arrives whole. Gives false when the package has no such part. Every failure
 * is an XlsxReadError naming the file: what a handler throws, `too-large` for an entry inflating
 * past its declared size, `corrupt` for a damaged entry or malformed XML.
 */
export async function parseXmlPart(
  pkg: XlsxPackage,
  name: string,
  listen: (parser: XmlParser) => void
): Promise<boolean> {
  const index = pkg.parts.get(partKey(name));
  const entry = index === undefined ? undefined : pkg.layout.entries[index];
  const location = index === undefined ? undefined : pkg.layout.locations[index];
  if (!entry || !location) return false;
  // Position tracking costs a check per character; errors name the part instead.
  const parser: XmlParser = new SaxesParser({ xmlns: false, position: false, fileName: name });
  listen(parser);
  const decoder = new TextDecoder("utf-8");
  try {
    await pkg.streamEntry(pkg.source, entry, location, (chunk) => {
      parser.write(decoder.decode(chunk, { stream: true }));
    });
    const rest = decoder.decode();
    if (rest !== "") parser.write(rest);
    // A part cut short (an unclosed element) is damage, not a shorter sheet.
    parser.close();
  } catch (error) {
    throw inflateProblem(error, pkg.file);
  }
  return true;
}

/**
 * A relationship's target as a part name: relative to the folder of the part whose relationships
 * these are ("worksheets/sheet1.xml" from xl/workbook.xml), or absolute ("/xl/worksheets/…").
 */
export function resolveTarget(fromPart: string, target: string): string {
  const path = target.startsWith("/")
    ? target
    : posix.join(posix.dirname(`/${partKey(fromPart)}`), target);
  return partKey(posix.normalize(path));
}

const partKey = (name: string): string => name.replace(/^\/+/, "").toLowerCase();
