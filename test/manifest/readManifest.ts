import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";

export const ROOT = join(__dirname, "..", "..");

/** The namespaces of an XML add-in manifest. */
export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

const { DOMParser } = new JSDOM("").window;

/** Parses manifest XML with a namespace-aware parser; a malformed file fails loudly. */
export function parseManifest(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest.xml is not well-formed XML: ${error.textContent ?? ""}`);
  return doc;
}

export const readManifestXml = (): string => readFileSync(join(ROOT, "manifest.xml"), "utf8");

export const all = (doc: Document | Element, ns: string, name: string): Element[] =>
  Array.from(doc.getElementsByTagNameNS(ns, name));

/** The pixel size in a PNG's IHDR chunk, after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = "89504e470d0a1a0a";
  if (
    bytes.subarray(0, 8).toString("hex") !== signature ||
    bytes.toString("ascii", 12, 16) !== "IHDR"
  ) {
    throw new Error("not a PNG file");
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
