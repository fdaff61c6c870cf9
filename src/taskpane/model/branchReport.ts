import {
  lookupRuleMeta,
  formatDate,
  SEVERITY_LABELS,
  type Locale,
  explainRule,
} from "../../engine";
import type { Translate } from "../i18n/translate";
import type { PaneFinding } from "./findingView";

/**
 * One branch's findings as a list its secretary can work through: printed from the pane or pasted
 * as plain text into a message. The same content in both forms, built once here.
 */
export interface BranchReport {
  title: string;
  scope: string;
  sections: { heading: string; items: string[] }[];
  footer: string;
}

export interface ReportScope {
  unitName: string | null;
  year: number;
  /** ISO date. */
  asOf: string;
}

function itemText(t: Translate, finding: PaneFinding, locale: Locale): string {
  const meta = lookupRuleMeta(finding.ruleId);
  const at =
    finding.sheet !== null && finding.row !== null
      ? t("reportAt", { sheet: finding.sheet, row: finding.row })
      : "";
  const basis = meta ? t("reportBasis", { basis: explainRule(meta, locale).basisShort }) : "";
  const explained = finding.acknowledged
    ? t("reportExplained", { reason: finding.acknowledged.reason })
    : "";
  return `${at}${finding.message}${basis}${explained}`;
}

/** The branch's findings by severity (不符合, 提示, 无法识别, 提醒), explained warnings last. */
export function branchReport(
  t: Translate,
  locale: Locale,
  findings: readonly PaneFinding[],
  branch: string,
  scope: ReportScope
): BranchReport {
  const own = findings.filter((f) => f.branch === branch);
  // The order of what matters (findingView's SEVERITY_ORDER).
  const bySeverity = (["error", "warning", "unreadable", "reminder"] as const).map((severity) => ({
    heading: SEVERITY_LABELS[severity][locale],
    list: own.filter((f) => f.severity === severity && !f.acknowledged),
  }));
  const explained = own.filter((f) => f.acknowledged);
  const sections = [...bySeverity, { heading: t("reportExplainedHeading"), list: explained }]
    .filter((section) => section.list.length > 0)
    .map((section) => ({
      heading: t("reportSection", { heading: section.heading, count: section.list.length }),
      items: section.list.map((finding) => itemText(t, finding, locale)),
    }));
  return {
    title: t("reportTitle", { branch }),
    scope: t("reportScope", {
      unit: scope.unitName ? `${scope.unitName} · ` : "",
      year: scope.year,
      asOf: formatDate(scope.asOf, locale),
    }),
    sections,
    footer: t("reportFooter"),
  };
}

/** The report as plain text: numbered items under each heading, for the clipboard. */
export function reportText(report: BranchReport): string {
  const lines = [report.title, report.scope, ""];
  for (const section of report.sections) {
    lines.push(section.heading);
    section.items.forEach((item, i) => lines.push(`${i + 1}. ${item}`));
    lines.push("");
  }
  lines.push(report.footer);
  return lines.join("\n");
}

/** How many findings the report lists. */
export const reportCount = (report: BranchReport): number =>
  report.sections.reduce((sum, section) => sum + section.items.length, 0);
