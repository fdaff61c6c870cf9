import { type Figure, passes } from "./figures";

const fmt = (n: number | undefined): string => {
  if (n === undefined || !Number.isFinite(n)) return "";
  if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString("en-US");
  return String(Math.round(n * 100) / 100);
};

/** The figures as a plain text table, one row each, with the budget's verdict. */
export function renderTable(figures: readonly Figure[]): string {
  const header = ["suite", "figure", "value", "baseline", "ratio", "budget", "ok"];
  const rows = figures.map((f) => {
    const verdict = passes(f);
    return [
      f.suite,
      f.name,
      `${fmt(f.value)} ${f.unit}`,
      f.baseline ? `${fmt(f.baseline.value)} (${f.baseline.name})` : "",
      fmt(f.ratio),
      f.budget?.text ?? "",
      verdict === null ? "" : verdict ? "pass" : "FAIL",
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
