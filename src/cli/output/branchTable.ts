import pc from "picocolors";
import type { CliTextKey } from "../cliText";
import { terminalText } from "./terminalText";
import { displayWidth, padEnd, padStart } from "./textWidth";
import type { BranchFigures, Severity } from "../../engine";

type Text = (key: CliTextKey, data?: Record<string, string | number>) => string;

const percent = (rate: number | null): string =>
  rate === null ? "—" : `${(rate * 100).toFixed(1)}%`;

function colourRate(rate: number | null, text: string): string {
  if (rate === null) return pc.dim(text);
  if (rate >= 0.95) return pc.green(text);
  if (rate >= 0.8) return pc.yellow(text);
  return pc.red(text);
}

/** The per-branch table and totals line printed after each file. */
export function renderBranchTable(
  branches: readonly BranchFigures[],
  totals: Record<Severity, number>,
  overallRate: number | null,
  text: Text
): string {
  const head = [text("branch"), text("error"), text("warning"), text("compliance")];
  const rows = branches.map((b) => [
    terminalText(b.branch),
    String(b.error),
    String(b.warning),
    percent(b.complianceRate),
  ]);
  const footer = [
    text("total"),
    String(totals.error),
    String(totals.warning),
    percent(overallRate),
  ];
  const widths = head.map((h, i) =>
    Math.max(
      displayWidth(h),
      displayWidth(footer[i] ?? ""),
      ...rows.map((r) => displayWidth(r[i] ?? ""))
    )
  );
  const line = (cells: string[], colour: (cell: string, i: number) => string): string =>
    cells
      .map((c, i) => colour(i === 0 ? padEnd(c, widths[0] ?? 0) : padStart(c, widths[i] ?? 0), i))
      .join("  ");
  const out = [pc.bold(line(head, (c) => c))];
  out.push(pc.dim("-".repeat(widths.reduce((a, w) => a + w, 0) + 2 * (widths.length - 1))));
  if (rows.length === 0) out.push(pc.dim(text("noBranches")));
  branches.forEach((b, i) => {
    out.push(
      line(rows[i] ?? [], (c, column) => {
        if (column === 1 && b.error > 0) return pc.red(c);
        if (column === 2 && b.warning > 0) return pc.yellow(c);
        if (column === 3) return colourRate(b.complianceRate, c);
        return c;
      })
    );
  });
  out.push(pc.bold(line(footer, (c, column) => (column === 3 ? colourRate(overallRate, c) : c))));
  const summary = text("totals", { ...totals });
  const colour = totals.error > 0 ? pc.red : totals.warning > 0 ? pc.yellow : pc.green;
  out.push(colour(summary));
  return out.join("\n");
}
