import { systemContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { recordAudit } from '../audit';
import * as repo from './imports.repository';

/**
 * Retention of import files: the rows as read (`import_rows`: names, NIKs, everything the file
 * held) are deleted once an import has been finished for `imports.rowsRetentionDays`; an import
 * left open that long is closed first. What the import wrote stays, with its provenance, and so
 * do the row fingerprints (a later import of the same rows is still a duplicate). One
 * `import.rows.purge` audit entry per import.
 */
export async function purgeImportRows(deps: Deps, now: Date): Promise<number> {
  const ctx = systemContext(now, 'imports-purge');
  const days = deps.config.imports.rowsRetentionDays;
  let count = 0;
  for (const candidate of await repo.batchesPastRetention(deps.db, new Date(now.getTime() - days * 86_400_000))) {
    await deps.db.transaction(async (tx) => {
      const batch = await repo.findBatch(tx, candidate.id, candidate.agency_id, { lock: true });
      if (!batch || batch.rowsPurgedAt || batch.status === 'committing') return; // changed meanwhile
      const isOpen = batch.status === 'uploaded' || batch.status === 'validated';
      const rows = await repo.deleteBatchRows(tx, batch.id);
      await repo.updateBatch(tx, batch.id, { rowsPurgedAt: now, ...(isOpen ? { status: 'cancelled' } : {}) });
      await recordAudit(tx, ctx, { action: 'import.rows.purge', objectType: 'import', objectId: batch.id, details: { status: batch.status, rows, retentionDays: days } });
      count++;
    });
  }
  return count;
}
