import type { Meeting } from '#contracts/taskforce';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { actorOf } from '../cases';
import { agendaLine } from './agenda-labels';
import { buildCalendar, type CalendarEvent } from './icalendar';
import { openBody, openMeeting } from './taskforce.access';
import * as repo from './taskforce.repository';
import { loadMeeting } from './taskforce.service';

export interface CalendarFile {
  fileName: string;
  body: string;
}

function eventOf(meeting: Meeting, updatedAt: Date, version: number): CalendarEvent {
  const agenda = meeting.agenda.map((item, i) => `${i + 1}. ${agendaLine(item, 'id')}`);
  return {
    uid: `taskforce-meeting-${meeting.id}@benteng`,
    sequence: version - 1,
    start: new Date(meeting.startsAt),
    end: meeting.endsAt ? new Date(meeting.endsAt) : null,
    summary: meeting.title,
    location: meeting.place,
    url: meeting.onlineUrl,
    description: [meeting.bodyName, '', 'Agenda:', ...agenda].join('\n'),
    lastModified: updatedAt,
  };
}

/** One meeting of a body the actor sees, as an iCalendar file. */
export async function meetingCalendar(deps: Deps, ctx: RequestContext, id: string): Promise<CalendarFile> {
  const row = await openMeeting(deps.db, actorOf(ctx), id);
  const meeting = await loadMeeting(deps.db, row, ctx.now);
  return { fileName: `rapat-${row.startsAt.toISOString().slice(0, 10)}.ics`, body: buildCalendar(meeting.bodyName, [eventOf(meeting, row.updatedAt, row.version)], ctx.now) };
}

/** Every meeting of a body the actor sees, as one iCalendar file to subscribe to or import. */
export async function bodyCalendar(deps: Deps, ctx: RequestContext, bodyId: string): Promise<CalendarFile> {
  const body = await openBody(deps.db, actorOf(ctx), bodyId);
  const rows = await repo.listMeetings(deps.db, [body.id]);
  const events: CalendarEvent[] = [];
  for (const { meeting: row } of rows) events.push(eventOf(await loadMeeting(deps.db, row, ctx.now), row.updatedAt, row.version));
  return { fileName: `rapat-${body.code.toLowerCase()}.ics`, body: buildCalendar(body.name, events, ctx.now) };
}
