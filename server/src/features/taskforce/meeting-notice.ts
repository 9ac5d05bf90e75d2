import type { Meeting } from '#contracts/taskforce';
import type { AgencyNotice } from '../notifications';

const wib = (iso: string) => `${new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')} WIB`;

/**
 * The e-mail to the agencies of a new meeting's participants: the body, the time and a link.
 * Titles, topics and places are typed by users and stay in Benteng.
 */
export function meetingNotice(meeting: Meeting, publicUrl: string): AgencyNotice {
  return {
    kind: 'taskforce.meeting.created',
    objectId: meeting.id,
    agencyIds: [...new Set(meeting.participants.flatMap((p) => (p.agencyId ? [p.agencyId] : [])))],
    permission: 'taskforce.read',
    subject: `[Benteng] Rapat ${meeting.bodyName} / Meeting: ${wib(meeting.startsAt)}`,
    text: [
      `Instansi Anda diundang ke rapat ${meeting.bodyName} / Your agency is invited to a meeting of ${meeting.bodyName}.`,
      `Waktu / When: ${wib(meeting.startsAt)}`,
      '',
      `Masuk ke Benteng untuk agenda dan tempat / Sign in for the agenda and place: ${publicUrl}/taskforce/meetings/${meeting.id}`,
    ].join('\n'),
  };
}
