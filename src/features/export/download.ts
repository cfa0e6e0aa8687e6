/** Offers a file to the visitor as a download. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the object URL after click() returns; release it
  // once the download has surely started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
