import { roleDefinitions, roles, type Permission, type Role } from '#contracts/access';
import type { Deps } from '../../platform/deps';
import { sendMail } from '../../platform/mail/mailer';
import * as repo from './notifications.repository';

/**
 * A notice to the staff of some agencies who hold a permission. Its text is written by the
 * feature that raises it and must carry no personal data of victims (nor free text typed by
 * users, which might): dates, agencies, places, kinds and a link to sign in and read the rest.
 */
export interface AgencyNotice {
  kind: string;
  objectId: string;
  agencyIds: string[];
  permission: Permission;
  subject: string;
  text: string;
}

export const noticeQueue = 'notify-agencies';

/** The calendar day of an instant in WIB (UTC+7), the day a notice counts against. */
const wibDay = (instant: Date) => new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
const rolesWith = (permission: Permission): Role[] => roles.filter((r) => roleDefinitions[r].permissions.includes(permission));

/** Sends a notice once per object and day; answers how many addresses it went to. */
export async function deliver(deps: Deps, notice: AgencyNotice): Promise<number> {
  if (!deps.config.mail) return 0;
  const to = await repo.recipientsOf(deps.db, notice.agencyIds, rolesWith(notice.permission));
  if (to.length === 0) return 0;
  const now = deps.clock.now();
  const key = { kind: notice.kind, objectId: notice.objectId, day: wibDay(now) };
  if (!(await repo.claim(deps.db, { ...key, recipients: to, sentAt: now }))) return 0;
  try {
    await sendMail(deps.config, { to, subject: notice.subject, text: notice.text });
  } catch (err) {
    await repo.release(deps.db, key);
    throw err;
  }
  return to.length;
}

/**
 * Raises a notice after the change that caused it has committed: through the job queue when it
 * runs (retried by pg-boss), else in the background. A failed e-mail never fails the request.
 */
export async function raise(deps: Deps, notice: AgencyNotice): Promise<void> {
  if (!deps.config.mail) return;
  if (deps.jobs) {
    await deps.jobs.send(noticeQueue, notice);
    return;
  }
  setImmediate(() => void deliver(deps, notice).catch((err: unknown) => deps.logger.error({ err, kind: notice.kind }, 'notification failed')));
}

/**
 * The daily sweep: each open action item past its deadline is announced to the staff of its
 * owner agency who update action items, at most once per item per day. The message names the
 * body, the meeting's day and the deadline, not the item's own words.
 */
export async function notifyOverdueActionItems(deps: Deps): Promise<number> {
  if (!deps.config.mail) return 0;
  const today = wibDay(deps.clock.now());
  let sent = 0;
  for (const item of await repo.overdueActionItems(deps.db, today)) {
    const link = `${deps.config.publicUrl}/taskforce/action-items`;
    const delivered = await deliver(deps, {
      kind: 'taskforce.action-item.overdue',
      objectId: item.id,
      agencyIds: [item.ownerAgencyId],
      permission: 'taskforce.actions.update',
      subject: `[Benteng] Tindak lanjut lewat tenggat / Action item overdue (${item.dueOn})`,
      text: [
        `Sebuah tindak lanjut untuk instansi Anda dari rapat ${item.bodyName} tanggal ${wibDay(item.meetingStartsAt)} melewati tenggat ${item.dueOn}.`,
        `An action item of your agency from the ${item.bodyName} meeting of ${wibDay(item.meetingStartsAt)} is past its deadline of ${item.dueOn}.`,
        '',
        `Masuk ke Benteng untuk melihat dan memperbarui / Sign in to see and update it: ${link}`,
      ].join('\n'),
    });
    if (delivered > 0) sent++;
  }
  return sent;
}
