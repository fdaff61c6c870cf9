/**
 * Sheet names as Excel compares them (without regard to case), and the names the summary takes
 * beside a user's own sheet: the same rule as src/xlsx/write/summarySheet.ts, so both adapters
 * pick the same name on the same workbook.
 */

/** "汇总表（检查结果）", "汇总表（检查结果2）"… */
export function alternativeName(name: string, n: number): string {
  return `${name}（检查结果${n > 1 ? n : ""}）`;
}

export function nameTaken(names: readonly string[], name: string): boolean {
  const wanted = name.toLocaleLowerCase();
  return names.some((taken) => taken.toLocaleLowerCase() === wanted);
}

/** The name itself when free, else the first free alternative. */
export function unusedName(names: readonly string[], name: string): string {
  if (!nameTaken(names, name)) return name;
  for (let n = 1; ; n++) {
    const candidate = alternativeName(name, n);
    if (!nameTaken(names, candidate)) return candidate;
  }
}

/**
 * A name for a sheet that exists only within one batch (it is renamed before the sync ends):
 * it lets a new summary be added before the old one is deleted, so the workbook never has to lose
 * its last sheet.
 */
export function temporaryName(names: readonly string[]): string {
  for (let n = 1; ; n++) {
    const candidate = `plc-tmp-${n}`;
    if (!nameTaken(names, candidate)) return candidate;
  }
}
