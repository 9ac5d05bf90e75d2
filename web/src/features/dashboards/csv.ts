/**
 * CSV text (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the accents)
 * from rows of cells; an empty cell for a withheld or missing value. A text cell that a
 * spreadsheet would run as a formula is prefixed with an apostrophe (CSV injection).
 */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (value: string | number | null): string => {
    if (value === null) return '';
    if (typeof value === 'number') return String(value);
    const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\ufeff${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
