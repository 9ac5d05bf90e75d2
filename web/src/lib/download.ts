import type { DownloadedFile } from './api';

/** Hands a downloaded file to the browser's download manager under its name. */
export function saveFile(file: DownloadedFile): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the link; the object URL is released once it has been read.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
