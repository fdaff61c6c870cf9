/** One measured figure, with the baseline it is read against and the budget it must keep. */
export interface Figure {
  suite: "engine" | "cli" | "adapter" | "taskpane" | "checker";
  name: string;
  value: number;
  unit: string;
  /** What the value is compared with, measured in the same run. */
  baseline?: { name: string; value: number };
  /** value / baseline.value (or a derived ratio the budget is stated in). */
  ratio?: number;
  budget?: Budget;
  /** Free text: repeats, the sizes behind a ratio, anything a reader needs. */
  note?: string;
}

export interface Budget {
  /** What the limit applies to: the ratio or the value itself. */
  on: "ratio" | "value";
  max: number;
  text: string;
}

export function passes(figure: Figure): boolean | null {
  const { budget } = figure;
  if (!budget) return null;
  const measured = budget.on === "ratio" ? figure.ratio : figure.value;
  return measured !== undefined && Number.isFinite(measured) && measured <= budget.max;
}

export interface Results {
  machine: { platform: string; arch: string; cpus: string; cores: number; memoryGiB: number };
  node: string;
  date: string;
  options: { rows1M: number; quick: boolean };
  figures: Figure[];
}
