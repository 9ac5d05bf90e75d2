import crypto from 'node:crypto';
import type { z } from 'zod';
import type { tipAttachmentSchema } from '#contracts/tips';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { decryptBytes, encryptBytes } from '../../platform/crypto/secrets';
import { AppError, notFound } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { checkUploadType, cleanFileName, extensionFor } from '../cases';
import { stripMetadata } from './tips.metadata';
import * as repo from './tips.repository';

type TipAttachment = z.infer<typeof tipAttachmentSchema>;

/** Files per tip, reporter's and staff's together. */
export const maxAttachmentsPerTip = 10;

export interface TipUpload {
  fileName: string;
  declaredType: string;
  bytes: Buffer;
}

export function presentAttachment(row: repo.TipAttachmentMeta): TipAttachment {
  return {
    id: row.id,
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    metadataRemoved: row.metadataRemoved,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Stores a file of a tip: type checked by its bytes, location and author metadata removed (only
 * that copy is kept), encrypted bound to its id. A reporter's file gets a neutral name (a phone's
 * file name carries a time stamp, sometimes a name).
 */
export async function addTipAttachment(
  deps: Deps,
  ctx: RequestContext,
  tipId: string,
  upload: TipUpload,
  from: 'reporter' | 'staff',
): Promise<TipAttachment> {
  const mediaType = checkUploadType(upload.bytes, upload.declaredType, upload.fileName);
  let stripped;
  try {
    stripped = await stripMetadata(mediaType, upload.bytes);
  } catch {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'The file could not be read as the type it claims to be');
  }
  return deps.db.transaction(async (tx) => {
    const tip = await repo.findTip(tx, tipId, { lock: true });
    if (!tip) throw notFound('Tip');
    const existing = await repo.listAttachments(tx, tipId);
    if (existing.length >= maxAttachmentsPerTip) throw new AppError('CONFLICT', `A report may have at most ${maxAttachmentsPerTip} files`);
    const id = crypto.randomUUID();
    const fileName = from === 'reporter' ? `lampiran-${existing.length + 1}${extensionFor(mediaType)}` : cleanFileName(upload.fileName);
    const row = await repo.insertAttachment(tx, {
      id,
      tipId,
      fileName,
      mediaType,
      sizeBytes: stripped.bytes.length,
      metadataRemoved: stripped.removed,
      content: encryptBytes(deps.keys.encryptionKey, stripped.bytes, id),
      createdAt: ctx.now,
      createdBy: ctx.actor?.userId ?? null,
    });
    if (from === 'reporter') await repo.updateTip(tx, tipId, tip.version, { unreadFromReporter: true });
    await recordAudit(tx, ctx, {
      action: 'tip.attachment.add',
      objectType: 'tip',
      objectId: tipId,
      details: { attachmentId: id, mediaType, sizeBytes: row.sizeBytes, metadataRemoved: stripped.removed, from },
    });
    return presentAttachment(row);
  });
}

/** Decrypts a file for staff, after an audit entry. */
export async function openTipAttachment(deps: Deps, ctx: RequestContext, tipId: string, attachmentId: string) {
  const row = await repo.findAttachment(deps.db, tipId, attachmentId);
  if (!row) throw notFound('Attachment');
  const bytes = decryptBytes(deps.keys.encryptionKey, row.content, row.id);
  await deps.db.transaction((tx) =>
    recordAudit(tx, ctx, { action: 'tip.attachment.download', objectType: 'tip', objectId: tipId, details: { attachmentId } }),
  );
  return { fileName: row.fileName, mediaType: row.mediaType, bytes };
}
