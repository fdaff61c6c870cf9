import { Button, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { Copy16Regular, Print16Regular } from "@fluentui/react-icons";
import * as React from "react";
import { createPortal } from "react-dom";
import type { Translate } from "../i18n/translate";
import { reportCount, reportText, type BranchReport } from "../model/branchReport";

const useStyles = makeStyles({
  box: {
    display: "grid",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  fallback: { width: "100%" },
  // On screen the printable list stays out of the way; taskpane.html's print rules show it alone.
  print: { display: "none" },
  printTitle: { fontSize: "16pt", fontWeight: 700, margin: "0 0 4pt" },
  printScope: { fontSize: "10pt", margin: "0 0 10pt" },
  printHeading: { fontSize: "12pt", fontWeight: 700, margin: "10pt 0 4pt" },
  printList: { margin: 0, paddingLeft: "18pt", fontSize: "10.5pt", lineHeight: 1.5 },
  printFooter: { fontSize: "10pt", marginTop: "12pt" },
});

export interface BranchToolsProps {
  t: Translate;
  branch: string;
  report: BranchReport;
  /** Copies the list as plain text; resolves false when the clipboard refused. */
  onCopy(text: string, branch: string, count: number): Promise<boolean>;
  onPrint(): void;
}

/**
 * What to hand a branch's secretary: the branch's findings copied as plain text or printed. Where
 * the clipboard is refused (some Office hosts block it), the text appears selected for Ctrl+C.
 */
export function BranchTools({ t, branch, report, onCopy, onPrint }: BranchToolsProps) {
  const styles = useStyles();
  const [fallback, setFallback] = React.useState<string | null>(null);
  const text = reportText(report);
  React.useEffect(() => setFallback(null), [text]);
  return (
    <div className={styles.box} role="group" aria-label={t("branchTools", { branch })}>
      <Text size={200}>{t("branchTools", { branch })}</Text>
      <div className={styles.buttons}>
        <Button
          size="small"
          icon={<Copy16Regular />}
          onClick={() => {
            void onCopy(text, branch, reportCount(report)).then((copied) => {
              if (!copied) setFallback(text);
            });
          }}
        >
          {t("copyBranch")}
        </Button>
        <Button size="small" icon={<Print16Regular />} onClick={onPrint}>
          {t("printBranch")}
        </Button>
      </div>
      {fallback !== null ? (
        <Textarea
          className={styles.fallback}
          readOnly
          rows={8}
          value={fallback}
          aria-label={t("copyFailed")}
          onFocus={(event) => event.currentTarget.select()}
          ref={(element) => element?.select()}
        />
      ) : null}
    </div>
  );
}

export interface BranchPrintProps {
  report: BranchReport;
}

/**
 * The branch's list as it prints: hidden on screen and rendered at the body's top level, so
 * taskpane.html's print rules can show it alone while the pane is printed.
 */
export function BranchPrint({ report }: BranchPrintProps) {
  const styles = useStyles();
  if (typeof document === "undefined") return null;
  return createPortal(
    <section className={styles.print} data-print-report="" lang={document.documentElement.lang}>
      <h1 className={styles.printTitle}>{report.title}</h1>
      <p className={styles.printScope}>{report.scope}</p>
      {report.sections.map((section) => (
        <React.Fragment key={section.heading}>
          <h2 className={styles.printHeading}>{section.heading}</h2>
          <ol className={styles.printList}>
            {section.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ol>
        </React.Fragment>
      ))}
      <p className={styles.printFooter}>{report.footer}</p>
    </section>,
    document.body
  );
}
