/** Timing helpers: medians of repeats, because a shared machine makes single runs noisy. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number): number => sorted[i] ?? Number.NaN;
  return sorted.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

export function timeMs(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export async function timeMsAsync(run: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Runs subject and baseline alternately, so load from other jobs hits both alike. */
export async function alternate(
  repeats: number,
  baseline: () => Promise<number>,
  subject: () => Promise<number>
): Promise<{ baseline: number[]; subject: number[] }> {
  const out = { baseline: [] as number[], subject: [] as number[] };
  for (let i = 0; i < repeats; i++) {
    out.baseline.push(await baseline());
    out.subject.push(await subject());
  }
  return out;
}

export const round = (value: number, digits = 2): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};
