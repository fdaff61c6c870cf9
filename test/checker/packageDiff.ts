import { inflateRawSync } from "node:zlib";
import { readArchive, type ArchiveEntry } from "../../src/xlsx/package/zipArchive";

/**
 * How two checked copies of one workbook differ, part by part: the page's (fflate) and the command
 * line's (zlib). Parts must come in the same order with the same content once inflated — the time a
 * check ran ("2025-01-05 10:30", in the 汇总表) aside; a part neither check changed must also keep
 * the very bytes it was stored in `original`. Parts `extra` accepts may be in one copy only or differ (the
 * add-in's settings, which only the page writes). Empty when the copies agree.
 */
export async function packageDifferences(
  page: Uint8Array,
  cli: Uint8Array,
  original: Uint8Array,
  extra: (name: string) => boolean = () => false
): Promise<string[]> {
  const before = new Map((await readArchive(original)).map((e) => [e.name, e]));
  const ours = (await readArchive(page)).filter((e) => !extra(e.name));
  const theirs = (await readArchive(cli)).filter((e) => !extra(e.name));
  const problems: string[] = [];
  const names = (list: ArchiveEntry[]) => list.map((e) => e.name).join(", ");
  if (names(ours) !== names(theirs)) {
    problems.push(`parts differ: page [${names(ours)}] vs cli [${names(theirs)}]`);
    return problems;
  }
  const text = (entry: ArchiveEntry): string =>
    (entry.method === 8 ? inflateRawSync(entry.data) : Buffer.from(entry.data))
      .toString("utf8")
      .replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/g, "<time>");
  ours.forEach((entry, i) => {
    const other = theirs[i];
    if (!other) return;
    if (text(entry) !== text(other)) problems.push(`${entry.name}: content differs`);
    // A part whose content the check left as it was keeps the very bytes it was stored with.
    const was = before.get(entry.name);
    if (was && was.crc32 === entry.crc32 && was.size === entry.size) {
      if (!Buffer.from(was.data).equals(Buffer.from(entry.data))) {
        problems.push(`${entry.name}: not copied as stored`);
      }
    }
  });
  return problems;
}
