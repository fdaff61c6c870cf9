/**
 * Whether files saved from the task pane reach the user. In a browser (Excel on the web) and in
 * Windows' WebView2 a link with `download` saves the file; Excel for Mac (and iPad) shows the pane
 * in a WKWebView that ignores such a download without any error — Microsoft closed that report "by
 * design" (https://github.com/OfficeDev/office-js/issues/2700). `Office.context.platform` says
 * which (https://learn.microsoft.com/javascript/api/office/office.platformtype).
 */
export function paneCanDownload(): boolean {
  if (typeof Office === "undefined") return true;
  try {
    const platform: unknown = Office.context?.platform;
    return platform !== "Mac" && platform !== "iOS";
  } catch {
    return true;
  }
}

/** Saves bytes as a file through the browser, the fallback where a new workbook cannot be opened. */
export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  // A copy on a plain ArrayBuffer: Blob does not take views of a SharedArrayBuffer.
  const blob = new Blob([new Uint8Array(bytes)], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
