import { PassThrough, type Readable } from 'node:stream';
import type { CaseExportQuery } from '#contracts/cases';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, forbidden } from '../../platform/http/app-error';
import { agencyNamesById } from '../agencies';
import { recordAuditAlone } from '../audit';
import { listPorts } from '../reference';
import { actorOf } from './case-access';
import { caseFilterCondition, filtersOf, type CaseFilters } from './cases.list.filters';
import { exportQuery, streamExportRows } from './cases.export.repository';
import { exportWriter, type ExportFormat } from './cases.export.writers';

export interface CaseExport {
  fileName: string;
  contentType: string;
  body: Readable;
}

const contentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
  htcds: 'application/json; charset=utf-8',
};
const extensions: Record<ExportFormat, string> = { csv: 'csv', xlsx: 'xlsx', json: 'json', htcds: 'htcds.json' };

/** Identity columns need the permission and a stated reason; refuses before anything is read. */
function identityRequested(ctx: RequestContext, query: CaseExportQuery): boolean {
  if (query.includeIdentity !== 'true') return false;
  if (!actorOf(ctx).permissions.has('cases.identity.view')) throw forbidden('You may not export identity data');
  if (!query.reason) {
    throw new AppError('VALIDATION_FAILED', 'State why identity data is exported (at least 10 characters)', {
      issues: [{ path: 'reason', code: 'required', message: 'State why identity data is exported (at least 10 characters)' }],
    });
  }
  return true;
}

/**
 * Exports the cases the actor may see that match the filters, streamed from a database cursor
 * through the format's writer, so memory stays flat however many cases there are.
 *
 * One audit entry (`case.export`) records format, filters, identity flag, reason and row count. It
 * is written after the last row, in its own transaction (the read runs in a read-only snapshot),
 * and before the response ends, so a download that completes was audited. The trade-off: the rows
 * have already been sent when the entry is written; if writing it fails, or the client goes away,
 * the response is cut off (the client sees a failed download) and, where possible, an entry with
 * outcome `failure` and the rows sent so far is written instead.
 */
export async function exportCases(deps: Deps, ctx: RequestContext, query: CaseExportQuery): Promise<CaseExport> {
  const actor = actorOf(ctx);
  const includeIdentity = identityRequested(ctx, query);
  const { format, includeIdentity: _flag, reason, ...rest } = query;
  const filters: CaseFilters = filtersOf(rest);
  const ports = await listPorts(deps.db);
  const agencies = new Map<string, string>();
  const out = new PassThrough();
  const generatedAt = ctx.now.toISOString();
  const writer = exportWriter(format, out, { locale: actor.locale, agencyNames: agencies, includeIdentity, ports: new Map(ports.map((p) => [p.id, p])) }, generatedAt);
  const sql = exportQuery(actor, ctx.now, caseFilterCondition(actor, ctx.now, filters), includeIdentity);
  let rowsSent = 0;
  const audit = (outcome: 'success' | 'failure', error?: string) =>
    recordAuditAlone(deps.db, ctx, {
      action: 'case.export',
      objectType: 'case',
      outcome,
      reason,
      details: { format, filters, includeIdentity, rowCount: rowsSent, ...(error ? { error } : {}) },
    });

  void (async () => {
    try {
      await streamExportRows(deps.db, sql, async (rows, tx) => {
        const unknown = rows.map((r) => r.owningAgencyId).filter((id) => !agencies.has(id));
        for (const [id, { name }] of await agencyNamesById(tx, unknown)) agencies.set(id, name);
        await writer.write(rows);
        rowsSent += rows.length;
      });
      await writer.finish();
      await audit('success');
      out.end();
    } catch (e) {
      out.destroy(e instanceof Error ? e : new Error(String(e)));
      await audit('failure', e instanceof Error ? e.message : String(e)).catch((auditError: unknown) =>
        deps.logger.error({ err: auditError, requestId: ctx.requestId }, 'could not audit a failed case export'),
      );
    }
  })();

  return { fileName: `benteng-cases-${generatedAt.slice(0, 10)}.${extensions[format]}`, contentType: contentTypes[format], body: out };
}
