import fs from 'node:fs';
import path from 'node:path';
import { permissionsOf, type Role } from '#contracts/access';
import { importFields, importMappingSchema, type ImportBatch, type ImportField, type ImportMapping } from '#contracts/imports';
import type { Actor } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/http/app-error';
import { findAgencyByCode } from '../agencies';
import { findUserByEmail } from '../auth';
import { cancelImport, commitImport, listTemplates, previewImport, rejectedCsv, uploadImport } from './imports.service';

export interface CliImportOptions {
  file: string;
  agency: string;
  as: string;
  template?: string | undefined;
  map: string[];
  dryRun: boolean;
  rejected?: string | undefined;
}

export interface CliImportResult {
  batch: ImportBatch;
  rejectedFile: string | null;
  dryRun: boolean;
}

/** `field=column` pairs as a mapping; an unknown field or a pair without `=` is refused. */
export function mappingFromPairs(pairs: string[]): ImportMapping {
  const mapping: ImportMapping = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const field = pair.slice(0, at).trim();
    if (at < 1 || !importFields.includes(field as ImportField))
      throw new AppError('VALIDATION_FAILED', `--map ${pair}: expected field=column with a field among ${importFields.join(', ')}`);
    mapping[field as ImportField] = pair.slice(at + 1).trim();
  }
  return mapping;
}

/**
 * `benteng import`: the same upload, validation and one-transaction commit as the web wizard, on
 * behalf of a staff member of the agency who may import (named in the audit log as for the API).
 * Rejected rows are written beside the file (or to `rejected`) for correction.
 */
export async function importFromCli(deps: Deps, opts: CliImportOptions, progress: (line: string) => void): Promise<CliImportResult> {
  const agency = await findAgencyByCode(deps.db, opts.agency);
  if (!agency) throw new AppError('NOT_FOUND', `No agency with code ${opts.agency}`);
  const user = await findUserByEmail(deps.db, opts.as);
  if (!user || user.disabledAt || user.agencyId !== agency.id)
    throw new AppError('FORBIDDEN', `${opts.as} is not an active staff member of ${opts.agency}`);
  const roles = user.roles as Role[];
  const permissions = permissionsOf(roles);
  if (!permissions.has('imports.run')) throw new AppError('FORBIDDEN', `${opts.as} may not import (roles: ${roles.join(', ')})`);
  const actor: Actor = { userId: user.id, email: user.email, displayName: user.displayName, agencyId: agency.id, roles, permissions, scope: 'agency', locale: 'id', sessionIdHash: '' };
  // An import writes into the actor's own agency only, whatever the roles' wider read scope.
  const ctx = { requestId: 'cli:import', actor, now: deps.clock.now() };

  const batch = await uploadImport(deps, ctx, { fileName: path.basename(opts.file), bytes: fs.readFileSync(opts.file) });
  let mapping: ImportMapping = batch.suggestedMapping;
  if (opts.map.length > 0) mapping = mappingFromPairs(opts.map);
  else if (opts.template) {
    const template = (await listTemplates(deps, ctx)).find((t) => t.name === opts.template);
    if (!template) throw new AppError('NOT_FOUND', `${opts.agency} has no import template named "${opts.template}"`);
    mapping = template.mapping;
  }
  const parsed = importMappingSchema.safeParse(mapping);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', `The column mapping is not complete: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  progress(`validating ${batch.rowCount} rows`);
  const preview = await previewImport(deps, ctx, batch.id, { mapping: parsed.data });

  let rejectedFile: string | null = null;
  if (preview.batch.counts.rejected > 0) {
    const csv = await rejectedCsv(deps, ctx, batch.id);
    rejectedFile = path.resolve(opts.rejected ?? path.join(path.dirname(opts.file), csv.fileName));
    fs.writeFileSync(rejectedFile, csv.csv);
  }
  if (opts.dryRun) return { batch: await cancelImport(deps, ctx, batch.id), rejectedFile, dryRun: true };
  const done = await commitImport(deps, ctx, batch.id, {
    onProgress: (n, total, phase) => progress(`${phase === 'validating' ? 'checked' : 'written'} ${n} / ${total}`),
  });
  return { batch: done, rejectedFile, dryRun: false };
}

/** The summary the command prints. */
export function describeCliImport(result: CliImportResult): string[] {
  const { batch, rejectedFile } = result;
  const c = batch.counts;
  const lines = [
    `${batch.fileName}: ${batch.rowCount} rows — ${c.valid} valid, ${c.rejected} rejected, ${c.duplicate} already imported.`,
    ...batch.notices.map((n) => `  ${n.message}`),
    result.dryRun ? 'Dry run: nothing was written.' : batch.status === 'committed' ? `Imported: ${c.casesCreated} new cases, ${c.personsCreated} people (import ${batch.id}).` : `Not imported: the import is ${batch.status}.`,
  ];
  if (rejectedFile) lines.push(`Rejected rows with their reasons, to correct and import again: ${rejectedFile}`);
  return lines;
}
