/** A file's size as people read it: KB below a megabyte (rounded up, so no file shows 0 KB), MB with one decimal above. */
export function formatFileSize(bytes: number, number: (value: number) => string): string {
  return bytes >= 1024 * 1024 ? `${number(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB` : `${number(Math.ceil(bytes / 1024))} KB`;
}
