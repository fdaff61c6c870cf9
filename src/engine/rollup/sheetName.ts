/** Excel's limits on sheet names: 31 characters, none of : \ / ? * [ ], not quoted at the ends. */
const MAX_LENGTH = 31;

function clean(name: string): string {
  const stripped = name
    .replace(/[:\\/?*[\]]/g, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  return stripped === "" ? "Sheet" : stripped;
}

/** A valid sheet name for `wanted` that is not yet in `taken` (compared case-insensitively, as Excel does). */
export function uniqueSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base = clean(wanted);
  const isFree = (name: string): boolean => !taken.has(name.toLowerCase());
  const first = base.slice(0, MAX_LENGTH);
  if (isFree(first)) return first;
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const candidate = `${base.slice(0, MAX_LENGTH - suffix.length)}${suffix}`;
    if (isFree(candidate)) return candidate;
  }
}
