/** Where the user's selection starts: a sheet and a 1-based row, as findings name rows. */
export interface SelectedRow {
  sheet: string;
  row: number;
}

/** The sheet of an address as Excel gives it: "'会议台账'!A15:C15", "Sheet1!15:15". */
export function sheetOfAddress(address: string): string | null {
  const bang = address.lastIndexOf("!");
  if (bang <= 0) return null;
  const prefix = address.slice(0, bang);
  if (prefix.length >= 2 && prefix.startsWith("'") && prefix.endsWith("'")) {
    return prefix.slice(1, -1).replace(/''/g, "'");
  }
  return prefix;
}

/**
 * Calls `listener` with the selected row each time the user's selection changes, so the pane can
 * say why a marked row is marked where Excel could not write notes. Uses Workbook.onSelectionChanged
 * (ExcelApi 1.2; its event carries only the workbook, so the handler reads getSelectedRange(), one
 * request per change). Where the library lacks the event, nothing is watched. Returns the
 * unsubscribe, which takes the handler off in the context it was added in
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#remove-an-event-handler).
 */
export function watchSelection(listener: (selected: SelectedRow | null) => void): () => void {
  let stopped = false;
  let registered: OfficeExtension.EventHandlerResult<Excel.SelectionChangedEventArgs> | null = null;

  const remove = (): void => {
    const handler = registered;
    registered = null;
    if (!handler) return;
    Excel.run(handler.context, async (context) => {
      handler.remove();
      await context.sync();
    }).catch(() => undefined);
  };

  const read = (): Promise<SelectedRow | null> =>
    Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange().load("address,rowIndex");
      await context.sync();
      const sheet = sheetOfAddress(range.address);
      return sheet === null ? null : { sheet, row: range.rowIndex + 1 };
    });

  Excel.run(async (context) => {
    const event = context.workbook.onSelectionChanged as
      Excel.Workbook["onSelectionChanged"] | undefined;
    if (!event || typeof event.add !== "function") return;
    registered = event.add(async () => {
      if (stopped) return;
      try {
        const selected = await read();
        if (!stopped) listener(selected);
      } catch {
        // A selection the pane cannot read (a chart, a sheet being deleted): nothing to show.
      }
    });
    await context.sync();
    if (stopped) remove();
  }).catch(() => undefined);

  return () => {
    stopped = true;
    remove();
  };
}
