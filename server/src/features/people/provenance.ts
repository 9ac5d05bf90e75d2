/** Where a record written by an agency import came from (its agency's name is looked up by whoever presents it). */
export interface ImportOrigin {
  agencyId: string;
  importId: string;
  fileName: string;
  row: number;
  caseRef: string | null;
  importedAt: string;
}

/**
 * Reads the `provenance` column of a case or person (`{ source: 'import', agencyId, importId,
 * fileName, row, caseRef?, originalName? }`, or `{ source: 'manual' }`). Only the import's
 * coordinates are kept: the name as written in the file (`originalName`) is identity and is
 * never passed on.
 */
export function importOriginOf(raw: unknown, createdAt: Date): ImportOrigin | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const p = raw as Record<string, unknown>;
  if (p.source !== 'import' || typeof p.agencyId !== 'string' || typeof p.importId !== 'string') return null;
  return {
    agencyId: p.agencyId,
    importId: p.importId,
    fileName: typeof p.fileName === 'string' ? p.fileName : '',
    row: typeof p.row === 'number' ? p.row : 0,
    caseRef: typeof p.caseRef === 'string' ? p.caseRef : null,
    importedAt: createdAt.toISOString(),
  };
}
