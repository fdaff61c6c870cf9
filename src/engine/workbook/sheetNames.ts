/**
 * Sheet names as Excel compares them — without regard to case — and the name the product's sheet
 * takes beside a user's own, so both adapters find and name sheets alike on the same workbook.
 */

export function nameTaken(names: readonly string[], name: string): boolean {
  const wanted = name.toLocaleLowerCase();
  return names.some((taken) => taken.toLocaleLowerCase() === wanted);
}

/** The sheet of that name, the exact spelling first, else one that differs only in case. */
export function findSheet<S extends { name: string }>(
  sheets: readonly S[],
  name: string
): S | undefined {
  const wanted = name.toLocaleLowerCase();
  return (
    sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.toLocaleLowerCase() === wanted)
  );
}

/** The name itself when free, else the first free of 汇总表（检查结果）, 汇总表（检查结果2）… */
export function unusedName(names: readonly string[], name: string): string {
  if (!nameTaken(names, name)) return name;
  for (let n = 1; ; n++) {
    const candidate = `${name}（检查结果${n > 1 ? n : ""}）`;
    if (!nameTaken(names, candidate)) return candidate;
  }
}
