import { realpathSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/**
 * A path as the file system will see it, for comparing the paths of one run: absolute, `..`
 * resolved, symbolic links followed (for the part that exists; a file still to be written is
 * resolved through its nearest existing folder), Unicode in one normal form and lower-cased.
 * Lower case makes `台账.XLSX` and `台账.xlsx` one file, as they are on Windows and macOS; on a
 * case-sensitive disk that refuses a run that would have been safe, never one that is not.
 */
export function pathIdentity(path: string): string {
  return realish(resolve(path)).normalize("NFC").toLocaleLowerCase("en-US");
}

function realish(absolute: string): string {
  const missing: string[] = [];
  let at = absolute;
  for (;;) {
    try {
      return join(realpathSync.native(at), ...missing.reverse());
    } catch {
      const parent = dirname(at);
      if (parent === at) return join(at, ...missing.reverse());
      missing.push(basename(at));
      at = parent;
    }
  }
}
