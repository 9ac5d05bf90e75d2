import type { Locale } from '#contracts/common';
import type {
  InfoContentAdmin,
  InfoContentSlug,
  InfoDocument,
  JobCheckAdmin,
  JobCheckRules,
  PublicInfoContent,
  PublicJobCheck,
  SaveInfoContentRequest,
  SaveJobCheckRulesRequest,
} from '#contracts/public-info';
import type { Deps } from '../../platform/deps';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/database';
import { isUniqueViolation } from '../../platform/db/errors';
import { invalidField, versionConflict } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { staffByIds } from '../auth';
import { defaultHelp } from './defaults.help';
import { defaultJobCheckRules } from './defaults.job-check';
import { defaultProcedure } from './defaults.procedure';
import * as repo from './public-info.repository';

// Content pages and job-check rules are append-only version chains: every save adds version n+1
// (who, when, published or draft) after checking the editor started from version n; the public
// reads the newest published one, and version 0 is the built-in text that ships with Benteng.

const builtInContent: Record<InfoContentSlug, Record<Locale, InfoDocument>> = { procedure: defaultProcedure, help: defaultHelp };

const builtInVersion = { version: 0, published: true, createdAt: null, createdByName: null };

type VersionRow = { version: number; published: boolean; createdAt: Date; createdBy: string | null };

/** Versions for editors, with the names of the staff who saved them. */
async function presentVersions(db: Executor, rows: readonly VersionRow[]) {
  const staff = await staffByIds(db, rows.map((row) => row.createdBy));
  return rows.map((row) => ({
    version: row.version,
    published: row.published,
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdBy ? (staff.get(row.createdBy)?.displayName ?? null) : null,
  }));
}

/** The page the public reads: the newest published version, or the built-in text. */
export async function readPublicContent(deps: Deps, slug: InfoContentSlug, language: Locale): Promise<PublicInfoContent> {
  const row = await repo.latestPublishedContent(deps.db, slug, language);
  if (!row) return { slug, language, version: 0, publishedAt: null, document: builtInContent[slug][language] };
  return { slug, language, version: row.version, publishedAt: row.createdAt.toISOString(), document: row.document as InfoDocument };
}

async function contentForEditing(db: Executor, slug: InfoContentSlug, language: Locale): Promise<InfoContentAdmin> {
  const rows = await repo.listContentVersions(db, slug, language);
  const versions = await presentVersions(db, rows);
  const newest = rows[0];
  return {
    slug,
    language,
    latest: newest ? { ...versions[0]!, document: newest.document as InfoDocument } : { ...builtInVersion, document: builtInContent[slug][language] },
    versions: [...versions, builtInVersion],
  };
}

/** Every version of a page in one language and the newest one's text, for editors. */
export async function readContentForEditing(deps: Deps, slug: InfoContentSlug, language: Locale): Promise<InfoContentAdmin> {
  return contentForEditing(deps.db, slug, language);
}

/** Saves a new version of a page (published or as a draft), audited in the same transaction. */
export async function saveContent(
  deps: Deps,
  ctx: RequestContext,
  slug: InfoContentSlug,
  language: Locale,
  input: SaveInfoContentRequest,
): Promise<InfoContentAdmin> {
  if (input.document.kind !== slug) throw invalidField('document.kind', 'mismatch', `the ${slug} page needs a document of kind ${slug}`);
  return withVersionConflicts(() =>
    deps.db.transaction(async (tx) => {
      const current = (await repo.listContentVersions(tx, slug, language))[0]?.version ?? 0;
      if (input.baseVersion !== current) throw versionConflict();
      const row = await repo.insertContentVersion(tx, {
        slug,
        language,
        version: current + 1,
        document: input.document,
        published: input.publish,
        createdAt: ctx.now,
        createdBy: ctx.actor?.userId ?? null,
      });
      await recordAudit(tx, ctx, {
        action: 'public-info.content.save',
        objectType: 'info-content',
        objectId: `${slug}/${language}`,
        after: { version: row.version, published: row.published, document: input.document },
      });
      return contentForEditing(tx, slug, language);
    }),
  );
}

/** The job-offer check the public runs: the newest published rules, or the built-in ones. */
export async function readPublicJobCheck(deps: Deps): Promise<PublicJobCheck> {
  const row = await repo.latestPublishedRules(deps.db);
  if (!row) return { version: 0, publishedAt: null, rules: defaultJobCheckRules };
  return { version: row.version, publishedAt: row.createdAt.toISOString(), rules: row.rules as JobCheckRules };
}

async function rulesForEditing(db: Executor): Promise<JobCheckAdmin> {
  const rows = await repo.listRuleVersions(db);
  const versions = await presentVersions(db, rows);
  const newest = rows[0];
  return {
    latest: newest ? { ...versions[0]!, rules: newest.rules as JobCheckRules } : { ...builtInVersion, rules: defaultJobCheckRules },
    versions: [...versions, builtInVersion],
  };
}

export async function readJobCheckForEditing(deps: Deps): Promise<JobCheckAdmin> {
  return rulesForEditing(deps.db);
}

/** Saves a new version of the job-check rules, audited in the same transaction. */
export async function saveJobCheckRules(deps: Deps, ctx: RequestContext, input: SaveJobCheckRulesRequest): Promise<JobCheckAdmin> {
  return withVersionConflicts(() =>
    deps.db.transaction(async (tx) => {
      const current = (await repo.listRuleVersions(tx))[0]?.version ?? 0;
      if (input.baseVersion !== current) throw versionConflict();
      const row = await repo.insertRuleVersion(tx, {
        version: current + 1,
        rules: input.rules,
        published: input.publish,
        createdAt: ctx.now,
        createdBy: ctx.actor?.userId ?? null,
      });
      await recordAudit(tx, ctx, {
        action: 'public-info.job-check.save',
        objectType: 'job-check-rules',
        objectId: String(row.version),
        after: { version: row.version, published: row.published, rules: input.rules },
      });
      return rulesForEditing(tx);
    }),
  );
}

/** Two editors saving at once both aim at version n+1: the unique key lets one win, the other conflicts. */
async function withVersionConflicts<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw versionConflict();
    throw error;
  }
}
