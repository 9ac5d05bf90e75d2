import crypto from 'node:crypto';
import { maxMeetingAttachments, type MeetingAttachment } from '#contracts/taskforce';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/database';
import type { Deps } from '../../platform/deps';
import { decryptBytes, encryptBytes, sha256Hex } from '../../platform/crypto/secrets';
import { AppError, notFound } from '../../platform/http/app-error';
import type { Upload } from '../../platform/http/multipart';
import { recordAudit } from '../audit';
import { staffByIds } from '../auth';
import { actorOf, checkUploadType, cleanFileName } from '../cases';
import * as repo from './meeting-attachments.repository';
import { openMeeting } from './taskforce.access';

async function present(db: Executor, rows: repo.MeetingAttachmentMeta[]): Promise<MeetingAttachment[]> {
  const staff = await staffByIds(db, rows.map((r) => r.createdBy));
  return rows.map((r) => ({
    id: r.id,
    fileName: r.fileName,
    mediaType: r.mediaType as MeetingAttachment['mediaType'],
    sizeBytes: r.sizeBytes,
    sha256: r.sha256,
    createdAt: r.createdAt.toISOString(),
    createdBy: (r.createdBy && staff.get(r.createdBy)?.displayName) ?? '',
  }));
}

/** What the audit log keeps of a file: never its content. */
const auditedFile = (row: repo.MeetingAttachmentMeta) => ({ attachmentId: row.id, fileName: row.fileName, mediaType: row.mediaType, sizeBytes: row.sizeBytes, sha256: row.sha256 });

/**
 * Stores a file of a meeting, encrypted with the instance key and bound to its id, audited in the
 * same transaction. The meeting is opened before the upload is read, so a meeting of a body the
 * actor may not see answers 404 whatever was sent; the type is judged by the file's own bytes.
 */
export async function addMeetingAttachment(deps: Deps, ctx: RequestContext, meetingId: string, readUpload: () => Promise<Upload>): Promise<MeetingAttachment> {
  const actor = actorOf(ctx);
  await openMeeting(deps.db, actor, meetingId);
  const upload = await readUpload();
  const mediaType = checkUploadType(upload.bytes, upload.declaredType, upload.fileName);
  return deps.db.transaction(async (tx) => {
    // Locked so that two uploads at once cannot both pass the count.
    await openMeeting(tx, actor, meetingId, { lock: true });
    if ((await repo.countAttachments(tx, meetingId)) >= maxMeetingAttachments)
      throw new AppError('CONFLICT', `A meeting may have at most ${maxMeetingAttachments} files`);
    const id = crypto.randomUUID();
    const row = await repo.insertAttachment(tx, {
      id,
      meetingId,
      fileName: cleanFileName(upload.fileName),
      mediaType,
      sizeBytes: upload.bytes.length,
      sha256: sha256Hex(upload.bytes),
      content: encryptBytes(deps.keys.encryptionKey, upload.bytes, id),
      createdBy: actor.userId,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, { action: 'taskforce.attachment.add', objectType: 'taskforce_meeting', objectId: meetingId, after: auditedFile(row) });
    return (await present(tx, [row]))[0]!;
  });
}

/** The files of a meeting the actor may see, oldest first. */
export async function listMeetingAttachments(deps: Deps, ctx: RequestContext, meetingId: string): Promise<{ items: MeetingAttachment[] }> {
  await openMeeting(deps.db, actorOf(ctx), meetingId);
  return { items: await present(deps.db, await repo.listAttachments(deps.db, meetingId)) };
}

/** Decrypts a file of a meeting the actor may see, after an audit entry. */
export async function openMeetingAttachment(deps: Deps, ctx: RequestContext, meetingId: string, attachmentId: string) {
  await openMeeting(deps.db, actorOf(ctx), meetingId);
  const row = await repo.findAttachment(deps.db, meetingId, attachmentId, { content: true });
  if (!row) throw notFound('Attachment');
  // Decrypted first: content that fails its authentication tag is an error, not a download to log.
  const bytes = decryptBytes(deps.keys.encryptionKey, row.content, row.id);
  await deps.db.transaction((tx) =>
    recordAudit(tx, ctx, { action: 'taskforce.attachment.download', objectType: 'taskforce_meeting', objectId: meetingId, details: { attachmentId } }),
  );
  return { fileName: row.fileName, mediaType: row.mediaType, bytes };
}

/** Deletes a file of a meeting (content included); the audit entry keeps its name, type, size and hash. */
export async function deleteMeetingAttachment(deps: Deps, ctx: RequestContext, meetingId: string, attachmentId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await openMeeting(tx, actorOf(ctx), meetingId, { lock: true });
    const row = await repo.findAttachment(tx, meetingId, attachmentId);
    if (!row) throw notFound('Attachment');
    await repo.deleteAttachment(tx, meetingId, attachmentId);
    await recordAudit(tx, ctx, { action: 'taskforce.attachment.delete', objectType: 'taskforce_meeting', objectId: meetingId, before: auditedFile(row) });
  });
}
