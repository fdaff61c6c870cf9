/** Lets Excel repaint once per batch; the API exists from ExcelApi 1.8, and hosts without it just repaint. */
export function suspendScreenUpdating(context: Excel.RequestContext): () => void {
  return () => {
    const application: Partial<Excel.Application> | undefined = context.workbook.application;
    if (typeof application?.suspendScreenUpdatingUntilNextSync === "function") {
      application.suspendScreenUpdatingUntilNextSync();
    }
  };
}
