import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Translate } from "../../taskpane/i18n/translate";
import type { RowView } from "../hooks/useChecker";
import type { CheckerTranslate } from "../i18n/translate";

const useStyles = makeStyles({
  surface: { maxWidth: "min(720px, 96vw)" },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  column: { width: "56px" },
  value: { overflowWrap: "anywhere" },
  named: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface RowDialogProps {
  t: Translate;
  tc: CheckerTranslate;
  row: RowView;
  onClose(): void;
}

/**
 * A finding's row as the sheet holds it: there is no Excel to jump into, so the page shows the
 * row's cells under the ledger's headers, the cell the finding names picked out.
 */
export function RowDialog({ t, tc, row, onClose }: RowDialogProps) {
  const styles = useStyles();
  return (
    <Dialog open onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>
            {tc("rowTitle", { sheet: row.cells.sheet, row: row.cells.row })}
          </DialogTitle>
          <DialogContent className={styles.content}>
            {row.cells.cells.length > 0 ? (
              <>
                <Text>{tc("rowIntro")}</Text>
                <Table size="small" data-testid="row-cells">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell className={styles.column}>{tc("rowColumn")}</TableHeaderCell>
                      <TableHeaderCell>{tc("rowHeader")}</TableHeaderCell>
                      <TableHeaderCell>{tc("rowValue")}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {row.cells.cells.map((cell) => (
                      <TableRow
                        key={cell.column}
                        className={cell.column === row.column ? styles.named : undefined}
                        aria-current={cell.column === row.column ? "true" : undefined}
                      >
                        <TableCell className={styles.column}>{cell.column}</TableCell>
                        <TableCell className={styles.value}>{cell.header}</TableCell>
                        <TableCell className={styles.value}>{cell.value}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </>
            ) : (
              <Text>{tc("rowEmpty")}</Text>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {t("close")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
