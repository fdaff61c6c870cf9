import { bufferSource } from "./byteSources";
import { craftZip } from "./testSupport";
import { readZipDirectory, ZipFormatError } from "./zipDirectory";

const entry = (name: string, text: string, declaredUncompressed?: number) => ({
  name,
  data: Buffer.from(text, "utf8"),
  declaredUncompressed,
});

describe("readZipDirectory", () => {
  test("lists every entry with its declared sizes", async () => {
    const zip = craftZip([entry("xl/workbook.xml", "<workbook/>"), entry("台账.txt", "中文")]);
    await expect(readZipDirectory(bufferSource(zip))).resolves.toMatchObject([
      { name: "xl/workbook.xml", compressedSize: 11, uncompressedSize: 11 },
      { name: "台账.txt", compressedSize: 6, uncompressedSize: 6 },
    ]);
  });

  test("reads ZIP64 sizes beyond 4 GiB from the extra field", async () => {
    const zip = craftZip([entry("big.xml", "x", 5 * 1024 ** 3)], true);
    const [big] = await readZipDirectory(bufferSource(zip));
    expect(big).toMatchObject({
      name: "big.xml",
      compressedSize: 1,
      uncompressedSize: 5 * 1024 ** 3,
    });
  });

  test("finds the end record behind a zip comment", async () => {
    const zip = Buffer.from(craftZip([entry("a.xml", "a")]));
    const comment = Buffer.from("PK\x05\x06 looks like a record but is the comment");
    zip.writeUInt16LE(comment.length, zip.length - 2);
    const entries = await readZipDirectory(bufferSource(Buffer.concat([zip, comment])));
    expect(entries.map((e) => e.name)).toEqual(["a.xml"]);
  });

  test.each([
    ["too short", Buffer.from("PK\x03\x04")],
    ["no end record", Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(100, 7)])],
    [
      "a directory beyond the end of the file",
      (() => {
        const zip = Buffer.from(craftZip([entry("a.xml", "a")]));
        zip.writeUInt32LE(0x7fffffff, zip.length - 6);
        return zip;
      })(),
    ],
    [
      "a directory entry cut short",
      (() => {
        const zip = Buffer.from(craftZip([entry("a.xml", "a")]));
        zip.writeUInt16LE(60000, zip.length - 22 - 5 - 46 + 28);
        return zip;
      })(),
    ],
    [
      "ZIP64 announced without its locator",
      (() => {
        const zip = Buffer.from(craftZip([entry("a.xml", "a")]));
        zip.writeUInt32LE(0xffffffff, zip.length - 6);
        return zip;
      })(),
    ],
  ])("refuses %s", async (_label, bytes) => {
    await expect(readZipDirectory(bufferSource(bytes))).rejects.toBeInstanceOf(ZipFormatError);
  });
});
