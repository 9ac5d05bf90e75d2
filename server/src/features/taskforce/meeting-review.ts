import { closedActionItemStatuses, type ActionItem, type Meeting } from '#contracts/taskforce';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/database';
import { actorOf } from '../cases';
import { openMeeting } from './taskforce.access';
import * as repo from './taskforce.repository';
import { loadMeeting } from './taskforce.service';

/** What a meeting reviews of its body's follow-up, for documents made about it (the forum report). */
export interface MeetingReview {
  meeting: Meeting;
  /** The body's meeting before this one, if any. */
  previous: { title: string; startsAt: Date } | null;
  followUp: { decided: number; open: number; overdue: number; done: number };
  /** The items this meeting followed up (carried over) and those it decided. */
  actionItems: ActionItem[];
}

/**
 * A meeting of a body the actor may see (404 otherwise), the body's previous meeting and the state
 * of its action items: decided here, still open or overdue among those followed up, done since the
 * previous meeting.
 */
export async function reviewMeeting(db: Executor, ctx: RequestContext, meetingId: string): Promise<MeetingReview> {
  const row = await openMeeting(db, actorOf(ctx), meetingId);
  const meeting = await loadMeeting(db, row, ctx.now);
  const earlier = (await repo.listMeetings(db, [row.bodyId])).map((r) => r.meeting).filter((m) => m.startsAt < row.startsAt);
  const previous = earlier.at(-1) ?? null;
  const bodyItems = await repo.trackedItems(db, { bodyIds: [row.bodyId], decidedBefore: new Date(row.startsAt.getTime() + 1) });
  const since = previous?.startsAt ?? new Date(0);
  const followed = [...meeting.carriedOver, ...meeting.actionItems];
  return {
    meeting,
    previous: previous && { title: previous.title, startsAt: previous.startsAt },
    followUp: {
      decided: meeting.actionItems.length,
      open: followed.filter((i) => !closedActionItemStatuses.includes(i.status)).length,
      overdue: followed.filter((i) => i.isOverdue).length,
      done: bodyItems.filter((i) => i.status === 'done' && i.closedAt !== null && i.closedAt >= since).length,
    },
    actionItems: followed,
  };
}
