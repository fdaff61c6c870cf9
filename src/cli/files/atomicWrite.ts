import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CliError, EXIT } from "../cliError";
import { cliText } from "../cliText";
import type { Locale } from "../../engine";

/**
 * Writes through a temporary file beside the target, then renames it into place: a crash or a
 * full disk never leaves a half-written file where the user expects theirs.
 */
export async function writeAtomically(
  target: string,
  locale: Locale,
  write: (temp: string) => Promise<void>
): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    await mkdir(dirname(target), { recursive: true });
    await write(temp);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(cliText(locale)("cannotWrite", { file: target, reason }), EXIT.unusable, {
      cause: error,
    });
  }
}
