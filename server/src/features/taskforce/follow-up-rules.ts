import { closedActionItemStatuses, type ActionItemStatus, type AgendaItem } from '#contracts/taskforce';

/** What the follow-up rules need to know about an action item. */
export interface TrackedItem {
  id: string;
  bodyId: string;
  status: ActionItemStatus;
  dueOn: string;
  /** When it was marked done or dropped (null while open). */
  closedAt: Date | null;
  /** The start of the meeting that decided it. */
  decidedAt: Date;
}

/** The calendar day (YYYY-MM-DD) of an instant in WIB (UTC+7, no daylight saving). */
export function wibDay(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

const isClosedStatus = (status: ActionItemStatus) => closedActionItemStatuses.includes(status);

/** An item is overdue when it is still open and its deadline (a WIB day) has passed. */
export function isOverdue(item: Pick<TrackedItem, 'status' | 'dueOn'>, now: Date): boolean {
  return !isClosedStatus(item.status) && item.dueOn < wibDay(now);
}

/**
 * The items a meeting of a body follows up: those decided at an earlier meeting of the same body and
 * not closed before this meeting starts. Judging by the closing time, not today's status, keeps the
 * agenda of a past meeting what it was then.
 */
export function carriedOverItems<T extends TrackedItem>(items: readonly T[], meeting: { bodyId: string; startsAt: Date }): T[] {
  return items
    .filter((i) => i.bodyId === meeting.bodyId && i.decidedAt < meeting.startsAt)
    .filter((i) => i.closedAt === null ? !isClosedStatus(i.status) : i.closedAt > meeting.startsAt)
    .sort((a, b) => a.decidedAt.getTime() - b.decidedAt.getTime() || a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id));
}

/** A meeting's agenda: the template with TPPO as a standing item, the carried-over items and the meeting's topics. */
export function buildAgenda(topics: readonly string[], carriedOver: readonly { id: string; title: string }[]): AgendaItem[] {
  return [
    { kind: 'opening', title: '', actionItemId: null },
    { kind: 'standing_tppo', title: '', actionItemId: null },
    ...carriedOver.map((i) => ({ kind: 'carried_over' as const, title: i.title, actionItemId: i.id })),
    ...topics.map((title) => ({ kind: 'topic' as const, title, actionItemId: null })),
    { kind: 'other_business', title: '', actionItemId: null },
  ];
}
