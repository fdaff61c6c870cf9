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
