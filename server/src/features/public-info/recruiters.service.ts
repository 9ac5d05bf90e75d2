import type {
  CreateRecruiterFlagRequest,
  RecruiterFlag,
  RecruiterList,
  RecruiterSearchResult,
  UploadRecruiterListRequest,
} from '#contracts/public-info';
import type { LicenceStatus } from '#contracts/public-info';
import type { Deps } from '../../platform/deps';
import type { RequestContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { staffByIds } from '../auth';
import type { Executor } from '../../platform/db/database';
import * as repo from './public-info.repository';
import { parseRecruiterFile, type ImportedRecruiter } from './recruiters.import';
import { licenceKey, recruiterNameKey } from './recruiters.names';

const maxResults = 20;

function presentList(row: repo.RecruiterListRow, loadedByName: string | null): RecruiterList {
  return {
    id: row.id,
    version: row.version,
    fileName: row.fileName,
    rowCount: row.rowCount,
    isSample: row.isSample,
    loadedAt: row.loadedAt.toISOString(),
    loadedByName,
  };
}

function presentFlag(row: repo.RecruiterFlagRow, flaggedByName: string | null): RecruiterFlag {
  return {
    id: row.id,
    name: row.name,
    licenceNumber: row.licenceNumber,
    publicNote: row.publicNote,
    reason: row.reason,
    caseNumber: row.caseNumber,
    flaggedAt: row.flaggedAt.toISOString(),
    flaggedByName,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    withdrawalReason: row.withdrawalReason,
  };
}

/**
 * Public search by name or licence number in the newest list, with typos tolerated, plus any
 * active public flag that matches (a flagged recruiter is usually not in the licensed list).
 */
export async function searchRecruiters(deps: Deps, q: string): Promise<RecruiterSearchResult> {
  const query = { nameKey: recruiterNameKey(q), licenceKey: /\d/.test(q) ? licenceKey(q) : '' };
  return deps.db.transaction(async (tx) => {
    const list = await repo.latestRecruiterList(tx);
    const found = list ? await repo.searchRecruiters(tx, list.id, query, maxResults) : [];
    const flagged = await repo.searchFlags(tx, query, maxResults);
    return {
      list: list ? { version: list.version, loadedAt: list.loadedAt.toISOString(), isSample: list.isSample } : null,
      items: found.map((row) => ({
        name: row.name,
        licenceNumber: row.licenceNumber,
        status: row.status as LicenceStatus,
        offices: row.offices as RecruiterSearchResult['items'][number]['offices'],
      })),
      flagged: flagged.map((row) => ({ name: row.name, licenceNumber: row.licenceNumber, publicNote: row.publicNote, flaggedAt: row.flaggedAt.toISOString() })),
    };
  });
}

/** Display names of the staff behind records (ids may be null: system loads). */
async function namesOf(db: Executor, ids: (string | null)[]): Promise<(id: string | null) => string | null> {
  const staff = await staffByIds(db, ids);
  return (id) => (id ? (staff.get(id)?.displayName ?? null) : null);
}

export async function listRecruiterLists(deps: Deps): Promise<RecruiterList[]> {
  const rows = await repo.listRecruiterLists(deps.db);
  const name = await namesOf(deps.db, rows.map((row) => row.loadedBy));
  return rows.map((row) => presentList(row, name(row.loadedBy)));
}

async function storeList(deps: Deps, ctx: RequestContext, file: { fileName: string; isSample: boolean }, rows: ImportedRecruiter[]): Promise<RecruiterList> {
  return deps.db.transaction(async (tx) => {
    const list = await repo.insertRecruiterList(
      tx,
      { fileName: file.fileName, rowCount: rows.length, isSample: file.isSample, loadedAt: ctx.now, loadedBy: ctx.actor?.userId ?? null },
      rows,
    );
    await recordAudit(tx, ctx, {
      action: 'public-info.recruiters.load',
      objectType: 'recruiter-list',
      objectId: list.id,
      after: { version: list.version, fileName: file.fileName, rowCount: rows.length, isSample: file.isSample },
    });
    return presentList(list, ctx.actor?.displayName ?? null);
  });
}

/** Loads a new version of the licensed-recruiter list from CSV/XLSX; any bad row refuses the whole file. */
export async function uploadRecruiterList(deps: Deps, ctx: RequestContext, input: UploadRecruiterListRequest): Promise<RecruiterList> {
  const content = Buffer.from(input.contentBase64, 'base64');
  const { rows, issues } = await parseRecruiterFile(input.fileName, content);
  if (issues.length > 0) {
    throw new AppError('VALIDATION_FAILED', `The recruiter list has ${issues.length} problem(s); nothing was loaded`, { issues: issues.slice(0, 200) });
  }
  return storeList(deps, ctx, input, rows);
}

/** Loads a list that is already parsed (the demo start's sample list). */
export async function loadParsedRecruiterList(deps: Deps, ctx: RequestContext, fileName: string, rows: ImportedRecruiter[]): Promise<RecruiterList> {
  return storeList(deps, ctx, { fileName, isSample: true }, rows);
}

export async function listFlags(deps: Deps): Promise<RecruiterFlag[]> {
  const rows = await repo.listFlags(deps.db);
  const name = await namesOf(deps.db, rows.map((row) => row.flaggedBy));
  return rows.map((row) => presentFlag(row, name(row.flaggedBy)));
}

/** Flags a recruiter publicly as confirmed illegal: a deliberate decision, audited with its reason. */
export async function flagRecruiter(deps: Deps, ctx: RequestContext, input: CreateRecruiterFlagRequest): Promise<RecruiterFlag> {
  return deps.db.transaction(async (tx) => {
    const row = await repo.insertFlag(tx, {
      ...input,
      nameKey: recruiterNameKey(input.name),
      flaggedAt: ctx.now,
      flaggedBy: ctx.actor?.userId ?? null,
    });
    const flag = presentFlag(row, ctx.actor?.displayName ?? null);
    await recordAudit(tx, ctx, { action: 'public-info.recruiter.flag', objectType: 'recruiter-flag', objectId: row.id, reason: input.reason, after: flag });
    return flag;
  });
}

/** Withdraws a public flag (kept, with who, when and why); a flag is withdrawn once. */
export async function withdrawFlag(deps: Deps, ctx: RequestContext, id: string, reason: string): Promise<RecruiterFlag> {
  return deps.db.transaction(async (tx) => {
    const before = await repo.findFlag(tx, id);
    if (!before) throw notFound('Recruiter flag');
    const row = await repo.withdrawFlag(tx, id, { withdrawnAt: ctx.now, withdrawnBy: ctx.actor?.userId ?? null, withdrawalReason: reason });
    if (!row) throw new AppError('CONFLICT', 'This flag was already withdrawn');
    const flag = presentFlag(row, (await namesOf(tx, [row.flaggedBy]))(row.flaggedBy));
    await recordAudit(tx, ctx, { action: 'public-info.recruiter.unflag', objectType: 'recruiter-flag', objectId: id, reason, after: flag });
    return flag;
  });
}
