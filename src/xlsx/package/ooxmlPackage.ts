import { posix } from "./posixPath";
import type { PartCodec } from "./codec";
import { DOS_EPOCH, readArchive, writeArchive, type ArchiveEntry } from "./zipArchive";

/**
 * An .xlsx (or .xlsm, .xltx…) package opened for patching: parts are read on demand, changed parts
 * are deflated anew, and every other part is written back as its original compressed bytes, in
 * its original place in the archive. Names compare without regard to case, as OPC requires.
 */
export class OoxmlPackage {
  private readonly entries: (ArchiveEntry | null)[];
  /** New content of changed parts, deflated only when the package is written. */
  private readonly pending = new Map<number, Uint8Array>();
  private readonly index = new Map<string, number>();
  private readonly texts = new Map<number, string>();
  private readonly changed = new Set<number>();

  private constructor(
    entries: ArchiveEntry[],
    private readonly codec: PartCodec
  ) {
    this.entries = entries;
    entries.forEach((entry, i) => {
      const key = partKey(entry.name);
      if (!this.index.has(key)) this.index.set(key, i);
    });
  }

  static async open(bytes: Uint8Array, codec: PartCodec): Promise<OoxmlPackage> {
    return new OoxmlPackage(await readArchive(bytes), codec);
  }

  crc32(data: Uint8Array): number {
    return this.codec.crc32(data);
  }

  has(name: string): boolean {
    return this.index.has(partKey(name));
  }

  /** The part's name as the archive spells it. */
  nameOf(name: string): string | undefined {
    const at = this.index.get(partKey(name));
    return at === undefined ? undefined : (this.entries[at]?.name ?? undefined);
  }

  /** Every part's name, in archive order. */
  names(): string[] {
    return this.entries.flatMap((entry) => (entry ? [entry.name] : []));
  }

  bytes(name: string): Uint8Array | undefined {
    const at = this.index.get(partKey(name));
    const entry = at === undefined ? undefined : this.entries[at];
    if (!entry || at === undefined) return undefined;
    const pending = this.pending.get(at);
    if (pending) return pending;
    if (entry.method === 0) return entry.data;
    if (entry.method !== 8)
      throw new Error(`${entry.name} uses compression method ${entry.method}`);
    // The last part inflated is kept: a sheet is looked at, then edited.
    if (this.lastInflated?.at === at) return this.lastInflated.data;
    const data = this.codec.inflate(entry.data, entry.size);
    this.lastInflated = { at, data };
    return data;
  }

  private lastInflated: { at: number; data: Uint8Array } | undefined;

  /** The part as text (UTF-8), or undefined when absent. */
  text(name: string): string | undefined {
    const at = this.index.get(partKey(name));
    if (at === undefined) return undefined;
    const cached = this.texts.get(at);
    if (cached !== undefined) return cached;
    const bytes = this.bytes(name);
    if (!bytes) return undefined;
    const text = new TextDecoder("utf-8").decode(bytes);
    this.texts.set(at, text);
    return text;
  }

  /** Replaces the part's content (a new part goes at the end), unless it is already exactly this. */
  setText(name: string, text: string): void {
    if (this.text(name) === text) return;
    this.setBytes(name, new TextEncoder().encode(text));
    const at = this.index.get(partKey(name));
    if (at !== undefined) this.texts.set(at, text);
  }

  setBytes(name: string, data: Uint8Array): void {
    const key = partKey(name);
    const at = this.index.get(key);
    const old = at === undefined ? undefined : this.entries[at];
    const entry: ArchiveEntry = {
      name: old?.name ?? name.replace(/^\/+/, ""),
      method: 8,
      data: new Uint8Array(0),
      crc32: 0,
      size: data.length,
      levelFlags: 0,
      // A changed part keeps its place and time; a new one gets Excel's 1980-01-01.
      dosTime: old?.dosTime ?? DOS_EPOCH.dosTime,
      dosDate: old?.dosDate ?? DOS_EPOCH.dosDate,
    };
    if (at === undefined) {
      this.index.set(key, this.entries.length);
      this.changed.add(this.entries.length);
      this.pending.set(this.entries.length, data);
      this.entries.push(entry);
    } else {
      this.entries[at] = entry;
      this.texts.delete(at);
      this.changed.add(at);
      this.pending.set(at, data);
    }
  }

  remove(name: string): void {
    const key = partKey(name);
    const at = this.index.get(key);
    if (at === undefined) return;
    this.entries[at] = null;
    this.index.delete(key);
    this.texts.delete(at);
    this.pending.delete(at);
    this.changed.add(at);
  }

  /** Whether anything was changed since the package was opened. */
  get modified(): boolean {
    return this.changed.size > 0;
  }

  /** The names of the parts changed, added or removed. */
  changedParts(): string[] {
    return [...this.changed].flatMap((at) => {
      const entry = this.entries[at];
      return entry ? [entry.name] : [];
    });
  }

  /** The package's bytes: changed parts deflated (side by side where the codec can), others as stored. */
  async toBytes(): Promise<Uint8Array> {
    const out = await Promise.all(
      this.entries.map(async (entry, at) => {
        if (!entry) return null;
        const data = this.pending.get(at);
        if (!data) return entry;
        const deflated = await this.codec.deflate(data);
        return { ...entry, data: deflated, crc32: this.codec.crc32(data), size: data.length };
      })
    );
    return writeArchive(out.filter((entry): entry is ArchiveEntry => entry !== null));
  }
}

export const partKey = (name: string): string => name.replace(/^\/+/, "").toLowerCase();

/**
 * A relationship's target as a part name: relative to the folder of the part whose relationships
 * these are, or absolute ("/xl/worksheets/sheet1.xml", as openpyxl writes them).
 */
export function resolveTarget(fromPart: string, target: string): string {
  const path = target.startsWith("/")
    ? target
    : posix.join(posix.dirname(`/${fromPart.replace(/^\/+/, "")}`), target);
  return posix.normalize(path).replace(/^\/+/, "");
}

/** The relationships part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPartOf(part: string): string {
  const clean = part.replace(/^\/+/, "");
  return `${posix.dirname(clean) === "." ? "" : `${posix.dirname(clean)}/`}_rels/${posix.basename(clean)}.rels`;
}

/** A target for `part` written relative to the folder of `fromPart`. */
export function relativeTarget(fromPart: string, part: string): string {
  return posix.relative(posix.dirname(`/${fromPart}`), `/${part}`);
}
