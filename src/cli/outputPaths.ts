import { existsSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";

/** "a/b/台账.xlsx" → "a/b/台账.checked.xlsx": beside the input, never the input itself. */
export function checkedCopyPath(input: string, out: string | undefined, several: boolean): string {
  const name = `${basename(input, extname(input))}.checked.xlsx`;
  if (out === undefined) return join(dirname(input), name);
  if (several || isDirectoryTarget(out)) return join(out, name);
  return out;
}

/** A path that names a folder: one that exists as a folder, or one written with a trailing slash. */
export function isDirectoryTarget(path: string): boolean {
  if (/[\\/]$/.test(path)) return true;
  return existsSync(path) && statSync(path).isDirectory();
}

export function samePath(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}
