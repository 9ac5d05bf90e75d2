import { describe, expect, it } from 'vitest';
import { buildAgenda, carriedOverItems, isOverdue, wibDay, type TrackedItem } from './follow-up-rules';

const body = 'b1';
const item = (id: string, extra: Partial<TrackedItem> = {}): TrackedItem => ({
  id,
  bodyId: body,
  status: 'open',
  dueOn: '2026-03-01',
  closedAt: null,
  decidedAt: new Date('2026-02-01T02:00:00Z'),
  ...extra,
});

describe('overdue', () => {
  it('flags an open item the day after its deadline in WIB, not on the day itself', () => {
    // 2026-03-01 16:59 UTC is 23:59 WIB on the deadline; 17:00 UTC is already 2 March in WIB.
    expect(isOverdue(item('a'), new Date('2026-03-01T16:59:00Z'))).toBe(false);
    expect(isOverdue(item('a'), new Date('2026-03-01T17:00:00Z'))).toBe(true);
    expect(isOverdue(item('a', { status: 'in_progress' }), new Date('2026-04-01T00:00:00Z'))).toBe(true);
  });

  it('never flags a done or dropped item', () => {
    const late = new Date('2026-05-01T00:00:00Z');
    expect(isOverdue(item('a', { status: 'done' }), late)).toBe(false);
    expect(isOverdue(item('a', { status: 'dropped' }), late)).toBe(false);
  });

  it('reads the WIB day of an instant', () => {
    expect(wibDay(new Date('2026-01-31T16:59:59Z'))).toBe('2026-01-31');
    expect(wibDay(new Date('2026-01-31T17:00:00Z'))).toBe('2026-02-01');
  });
});

describe('carry-over', () => {
  const next = { bodyId: body, startsAt: new Date('2026-03-10T02:00:00Z') };

  it('carries open and in-progress items of earlier meetings of the same body, oldest decision first', () => {
    const items = [
      item('late', { decidedAt: new Date('2026-02-20T02:00:00Z') }),
      item('early', { status: 'in_progress', decidedAt: new Date('2026-01-05T02:00:00Z') }),
      item('other-body', { bodyId: 'b2' }),
      item('same-meeting', { decidedAt: next.startsAt }),
      item('after', { decidedAt: new Date('2026-03-11T02:00:00Z') }),
    ];
    expect(carriedOverItems(items, next).map((i) => i.id)).toEqual(['early', 'late']);
  });

  it('drops items closed before the meeting but keeps those closed after it started (a past agenda stays as it was)', () => {
    const items = [
      item('done-before', { status: 'done', closedAt: new Date('2026-03-09T02:00:00Z') }),
      item('dropped-before', { status: 'dropped', closedAt: new Date('2026-03-01T02:00:00Z') }),
      item('done-after', { status: 'done', closedAt: new Date('2026-03-12T02:00:00Z') }),
    ];
    expect(carriedOverItems(items, next).map((i) => i.id)).toEqual(['done-after']);
  });

  it('puts TPPO on every agenda as a standing item, then the carried-over items, then the topics', () => {
    const agenda = buildAgenda(['Patroli bersama Selat Singapura'], [{ id: 'x', title: 'Data PMI terkendala' }]);
    expect(agenda.map((a) => a.kind)).toEqual(['opening', 'standing_tppo', 'carried_over', 'topic', 'other_business']);
    expect(agenda[2]).toEqual({ kind: 'carried_over', title: 'Data PMI terkendala', actionItemId: 'x' });
    expect(buildAgenda([], []).map((a) => a.kind)).toEqual(['opening', 'standing_tppo', 'other_business']);
  });
});
