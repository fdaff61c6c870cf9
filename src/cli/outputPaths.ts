import { existsSync, statSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { pathIdentity } from "./files/pathIdentity";

/** "台账.xlsx" → "台账.checked.xlsx"; the n-th of several alike → "台账-2.checked.xlsx". */
function checkedName(input: string, extension: string, n: number): string {
  const stem = basename(input, extname(input));
  return `${stem}${n > 1 ? `-${n}` : ""}.checked${extension}`;
}

/**
 * Where each input's checked copy goes: beside the input, or into `out` (a folder, or the file
 * itself for a single input). Two inputs whose copies would share a path (台账.xlsx from two
 * folders into one --out folder) get distinct, predictable names in input order: 台账.checked.xlsx,
 * 台账-2.checked.xlsx, … `extensionOf` gives each input's copy its extension (".xlsx").
 */
export function checkedCopyPaths(
  inputs: readonly string[],
  out: string | undefined,
  extensionOf: (input: string) => string
): string[] {
  const several = inputs.length > 1;
  const taken = new Set<string>();
  return inputs.map((input) => {
    if (out !== undefined && !several && !isDirectoryTarget(out)) {
      taken.add(pathIdentity(out));
      return out;
    }
    const folder = out ?? dirname(input);
    for (let n = 1; ; n++) {
      const path = join(folder, checkedName(input, extensionOf(input), n));
      const identity = pathIdentity(path);
      if (taken.has(identity)) continue;
      taken.add(identity);
      return path;
    }
  });
}

/** A path that names a folder: one that exists as a folder, or one written with a trailing slash. */
export function isDirectoryTarget(path: string): boolean {
  if (/[\\/]$/.test(path)) return true;
  return existsSync(path) && statSync(path).isDirectory();
}
