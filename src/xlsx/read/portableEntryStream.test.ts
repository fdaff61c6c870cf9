import { crc32 as zlibCrc32, deflateRawSync } from "node:zlib";
import { bufferSource } from "./byteSources";
import { crc32 } from "./crc32";
import { streamZipEntry } from "./nodeEntryStream";
import { streamZipEntryPortable } from "./portableEntryStream";
import { craftZip } from "./testSupport";
import { readZipLayout, type ZipEntryInfo, type ZipEntryLocation } from "./zipDirectory";
import { ZipDataError, ZipSizeLieError, type EntryStreamer } from "./zipEntryData";

/** One deflated entry in a zip of its own, with the sizes and CRC it declares. */
function deflatedZip(data: Uint8Array, declared = data.length, crc = zlibCrc32(data)) {
  const compressed = deflateRawSync(data, { level: 6 });
  const entry: ZipEntryInfo = {
    name: "xl/worksheets/sheet1.xml",
    compressedSize: compressed.length,
    uncompressedSize: declared,
    crc32: crc,
  };
  const zip = craftZip([{ name: entry.name, data: compressed }]);
  return { zip, entry, compressed };
}

async function inflateWith(
  streamer: EntryStreamer,
  zip: Uint8Array,
  entry: ZipEntryInfo,
  method = 8
): Promise<Uint8Array> {
  const source = bufferSource(zip);
  const layout = await readZipLayout(source);
  const location: ZipEntryLocation = { ...(layout.locations[0] as ZipEntryLocation), method };
  const chunks: Uint8Array[] = [];
  await streamer(source, entry, location, (chunk) => chunks.push(Uint8Array.from(chunk)));
  return Uint8Array.from(Buffer.concat(chunks));
}

const streamers: [string, EntryStreamer][] = [
  ["Node's zlib", streamZipEntry],
  ["fflate", streamZipEntryPortable],
];

describe("crc32", () => {
  it("equals zlib's on every length and when continued", () => {
    const data = Uint8Array.from({ length: 1031 }, (_, i) => (i * 7919) & 0xff);
    for (const length of [0, 1, 2, 3, 4, 5, 63, 64, 65, 1031]) {
      expect(crc32(data.subarray(0, length))).toBe(zlibCrc32(data.subarray(0, length)));
    }
    expect(crc32(data.subarray(500), crc32(data.subarray(0, 500)))).toBe(zlibCrc32(data));
  });
});

describe.each(streamers)("an entry inflated with %s", (_name, streamer) => {
  const text = new TextEncoder().encode(
    "<row>".repeat(200_000) + "台账".repeat(50_000) + "</row>".repeat(200_000)
  );

  it("gives the entry's bytes, in order", async () => {
    const { zip, entry } = deflatedZip(text);
    expect(Buffer.from(await inflateWith(streamer, zip, entry)).equals(Buffer.from(text))).toBe(
      true
    );
  });

  it("stops an entry that inflates past the size it declares", async () => {
    const { zip, entry } = deflatedZip(text, 1000);
    await expect(inflateWith(streamer, zip, entry)).rejects.toBeInstanceOf(ZipSizeLieError);
  });

  it("names a CRC that does not match, and damaged data, as damage", async () => {
    const { zip, entry } = deflatedZip(text, text.length, 12345);
    const crc = await inflateWith(streamer, zip, entry).catch((e: unknown) => e);
    expect(crc).toBeInstanceOf(ZipDataError);
    expect((crc as ZipDataError).problem).toBe("crc");
    const garbage = Uint8Array.from({ length: 4000 }, (_, i) => (i * 31 + 7) & 0xff);
    const broken: ZipEntryInfo = { ...entry, compressedSize: garbage.length };
    const damaged = craftZip([{ name: entry.name, data: garbage }]);
    const error = await inflateWith(streamer, damaged, broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZipDataError);
    expect((error as ZipDataError).problem).toBe("inflate");
  });

  it("passes on what the consumer throws, as it is", async () => {
    const { zip, entry } = deflatedZip(text);
    const source = bufferSource(zip);
    const layout = await readZipLayout(source);
    const mine = new Error("mine");
    await expect(
      streamer(source, entry, layout.locations[0] as ZipEntryLocation, () => {
        throw mine;
      })
    ).rejects.toBe(mine);
  });

  it("reads a stored entry as it is", async () => {
    const plain = new TextEncoder().encode("<worksheet/>");
    const zip = craftZip([{ name: "a.xml", data: plain }]);
    const entry: ZipEntryInfo = {
      name: "a.xml",
      compressedSize: plain.length,
      uncompressedSize: plain.length,
      crc32: zlibCrc32(plain),
    };
    expect(new TextDecoder().decode(await inflateWith(streamer, zip, entry, 0))).toBe(
      "<worksheet/>"
    );
  });
});
