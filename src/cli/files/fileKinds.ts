import { statSync, type Stats } from "node:fs";
import { dirname, resolve } from "node:path";
import { CliError } from "../cliError";
import type { CliTextKey } from "../cliText";
import { pathIdentity } from "./pathIdentity";

type Text = (key: CliTextKey, data?: Record<string, string | number>) => string;

/** Kernel file systems: a write there hangs (a recursive mkdir under /proc never returns) or harms. */
const SYSTEM_ROOTS = ["/proc", "/sys", "/dev"];

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * An input must be a regular file: a named pipe would block the read forever, a device never
 * ends. A missing file or a folder is left to the reader, which explains those in its own words.
 */
export function requireRegularInput(path: string, text: Text): void {
  const stats = statOf(path);
  if (!stats || stats.isFile() || stats.isDirectory()) return;
  throw new CliError(text("notRegularInput", { file: path }));
}

/**
 * An output must become a regular file (or a folder, for a folder target) on an ordinary disk:
 * what exists there must be of that kind, and no part of it may lie under /proc, /sys or /dev.
 */
export function requireOrdinaryTarget(path: string, kind: "file" | "folder", text: Text): void {
  const identity = pathIdentity(path);
  if (SYSTEM_ROOTS.some((root) => identity === root || identity.startsWith(`${root}/`))) {
    throw new CliError(text("systemTarget", { file: path }));
  }
  const stats = statOf(path);
  if (stats && !(kind === "file" ? stats.isFile() : stats.isDirectory())) {
    throw new CliError(
      text(kind === "file" ? "notRegularOutput" : "notFolderOutput", { file: path })
    );
  }
  // The folder it goes into must be a folder (or not exist yet, to be made).
  let parent = dirname(resolve(path));
  for (;;) {
    const found = statOf(parent);
    if (found) {
      if (!found.isDirectory()) throw new CliError(text("notFolderOutput", { file: parent }));
      return;
    }
    const up = dirname(parent);
    if (up === parent) return;
    parent = up;
  }
}
