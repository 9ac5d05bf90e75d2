import crypto from 'node:crypto';
import type { z } from 'zod';
import { attachmentUploadFieldsSchema, type caseAttachmentSchema } from '#contracts/cases';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import type { Executor } from '../../platform/db/database';
import { decryptBytes, encryptBytes, sha256Hex } from '../../platform/crypto/secrets';
import { AppError, forbidden, invalidField, notFound } from '../../platform/http/app-error';
import { recordAudit, recordAuditAlone } from '../audit';
import { staffByIds } from '../auth';
import { checkUploadType, cleanFileName, extensionFor } from './attachment-types';
import { actorOf, openCase, openCaseForEdit } from './case-access';
import { recordPartChange } from './case-changes';
import * as repo from './case-attachments.repository';
import { findCasePerson } from './case-people.repository';
import { isProtectedRole, pseudonymOf } from './case-people.present';
import { canEditCase, canRevealIdentity } from './cases.policy';

type CaseAttachment = z.infer<typeof caseAttachmentSchema>;

import type { Upload } from '../../platform/http/multipart';
export type { Upload };

async function present(db: Executor, rows: repo.AttachmentMeta[]): Promise<CaseAttachment[]> {
  const staff = await staffByIds(
    db,
    rows.map((r) => r.createdBy),
  );
  return rows.map((r) => ({
    id: r.id,
    fileName: r.fileName,
    mediaType: r.mediaType as CaseAttachment['mediaType'],
    sizeBytes: r.sizeBytes,
    sha256: r.sha256,
    casePersonId: r.casePersonId,
    isIdentity: r.isIdentity,
    createdAt: r.createdAt.toISOString(),
    createdBy: (r.createdBy && staff.get(r.createdBy)?.displayName) ?? '',
  }));
}

function uploadFields(fields: Record<string, string>) {
  const parsed = attachmentUploadFieldsSchema.safeParse(fields);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({
    path: ['body', ...i.path.map(String)].join('.'),
    code: i.code,
    message: i.message,
  }));
  throw new AppError(
    'VALIDATION_FAILED',
    `The request is not valid: ${issues.map((i) => i.path).join(', ')}`,
    { issues },
  );
}

/**
 * Stores a file of a case, encrypted with the instance key and bound to its id. Access is checked
 * before the file is read, so a case the actor may not touch answers 404/403 whatever was sent.
 * A file about a protected person is identity: its name is replaced by the person's pseudonym.
 */
export async function addAttachment(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  readUpload: () => Promise<Upload>,
): Promise<CaseAttachment> {
  const actor = actorOf(ctx);
  if (!canEditCase(actor, (await openCase(deps.db, ctx, caseId)).access))
    throw forbidden('You may read this case but not change it');
  const upload = await readUpload();
  const { casePersonId } = uploadFields(upload.fields);
  const mediaType = checkUploadType(upload.bytes, upload.declaredType, upload.fileName);
  return deps.db.transaction(async (tx) => {
    await openCaseForEdit(tx, ctx, caseId);
    const person = casePersonId ? await findCasePerson(tx, caseId, casePersonId) : null;
    if (casePersonId && !person)
      throw invalidField('casePersonId', 'unknown_person', 'Not a person of this case');
    const isIdentity = person !== null && isProtectedRole(person.role);
    const id = crypto.randomUUID();
    const fileName = isIdentity
      ? `${pseudonymOf(person)}${extensionFor(mediaType)}`
      : cleanFileName(upload.fileName);
    const row = await repo.insertAttachment(tx, {
      id,
      caseId,
      casePersonId: casePersonId ?? null,
      fileName,
      mediaType,
      sizeBytes: upload.bytes.length,
      sha256: sha256Hex(upload.bytes),
      isIdentity,
      content: encryptBytes(deps.keys.encryptionKey, upload.bytes, id),
      createdAt: ctx.now,
      createdBy: actor.userId,
    });
    await recordPartChange(tx, ctx, caseId, {
      action: 'add',
      entityType: 'attachment',
      entityId: id,
      changes: (['fileName', 'mediaType', 'sizeBytes', 'sha256', 'casePersonId', 'isIdentity'] as const).map(
        (field) => ({ field, before: null, after: row[field] }),
      ),
    });
    return (await present(tx, [row]))[0]!;
  });
}

export async function listAttachments(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
): Promise<CaseAttachment[]> {
  await openCase(deps.db, ctx, caseId);
  return present(deps.db, await repo.listAttachments(deps.db, caseId));
}

/**
 * Decrypts an attachment for download, after an audit entry in its own transaction. An identity
 * attachment needs the identity right and a stated reason (sent in a POST body, never in a URL).
 */
export async function openAttachment(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  attachmentId: string,
  reason: string | null,
): Promise<{ fileName: string; mediaType: string; bytes: Buffer }> {
  const actor = actorOf(ctx);
  const { access } = await openCase(deps.db, ctx, caseId);
  const row = await repo.findAttachment(deps.db, caseId, attachmentId);
  if (!row) throw notFound('Attachment');
  const event = {
    objectType: 'case_attachment',
    objectId: row.id,
    reason: reason ?? undefined,
    details: { caseId },
  };
  if (row.isIdentity) {
    if (!canRevealIdentity(actor, access)) {
      await recordAuditAlone(deps.db, ctx, { ...event, action: 'case.identity.view', outcome: 'denied' });
      throw forbidden('Your role or your access to this case does not allow seeing identity documents');
    }
    if (reason === null)
      throw forbidden('Identity documents are opened with a stated reason (POST …/content)');
  }
  // Decrypted first: content that fails its authentication tag is an error, not a download to log.
  const bytes = decryptBytes(deps.keys.encryptionKey, row.content, row.id);
  await deps.db.transaction((tx) =>
    recordAudit(tx, ctx, {
      ...event,
      action: row.isIdentity ? 'case.identity.view' : 'case.attachment.download',
    }),
  );
  return { fileName: row.fileName, mediaType: row.mediaType, bytes };
}
