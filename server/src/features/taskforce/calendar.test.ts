import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kepriAgencies } from '../../../seeds/agencies';
import { call, ok } from '../../../test/case-fixtures';
import { makeAgency, signedInUser } from '../../../test/factories';
import { buildTestApp, type TestApp } from '../../../test/harness';
import { systemContext } from '../../platform/context';
import { escapeText, foldLine } from './icalendar';
import { seedTaskforceBodiesIfEmpty } from './taskforce.seed';

describe('iCalendar writing', () => {
  it('escapes backslash, semicolon, comma and line breaks in TEXT values', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });
});

let t: TestApp;
let coordinator: Awaited<ReturnType<typeof signedInUser>>;
let outsider: Awaited<ReturnType<typeof signedInUser>>;
const bodyId = new Map<string, string>();

beforeAll(async () => {
  t = await buildTestApp();
  const agencyId = new Map<string, string>();
  for (const a of kepriAgencies) agencyId.set(a.code, (await makeAgency(t.deps, a)).id);
  await seedTaskforceBodiesIfEmpty(t.deps.db, systemContext(t.clock.now()));
  coordinator = await signedInUser(t, ['coordinator'], { agencyId: agencyId.get('BPPD-KEPRI')! });
  // JTK Johor sits only in SOSEK MALINDO itself, not in its Kepri–Johor working group.
  outsider = await signedInUser(t, ['liaison'], { agencyId: agencyId.get('JTK-JOHOR')! });
  for (const b of (await ok(t, coordinator.cookie, 'GET', '/api/taskforce/bodies')).items) bodyId.set(b.code, b.id);
});
afterAll(() => t.close());

const title = 'Rapat Pokja Kepri–Johor; TPPO, patroli & data \\ "PMI"';
const place = 'Hotel Harbour Bay, Batam; ruang Melati, lantai 2';

describe('meetings as iCalendar', () => {
  it('exports a meeting that a standard parser reads back field for field', async () => {
    const meeting = await ok(t, coordinator.cookie, 'POST', '/api/taskforce/meetings', {
      bodyId: bodyId.get('SOSEK-MALINDO-KEPRI-JOHOR'),
      title,
      startsAt: '2026-02-10T02:00:00.000Z',
      endsAt: '2026-02-10T05:30:00.000Z',
      place,
      onlineUrl: 'https://meet.example.go.id/pokja?kode=abc,def',
      topics: ['Pertukaran data deportan bulanan antara Imigrasi dan JIM Johor melalui saluran resmi yang disepakati'],
    });
    const response = await call(t, coordinator.cookie, 'GET', `/api/taskforce/meetings/${meeting.id}.ics`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="rapat-2026-02-10.ics"');
    const text = response.body;
    expect(text.endsWith('\r\n')).toBe(true);
    // Every physical line ends in CRLF and holds at most 75 octets.
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.every((l) => !l.includes('\n') && Buffer.byteLength(l) <= 75)).toBe(true);

    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]);
    expect(event.uid).toBe(`taskforce-meeting-${meeting.id}@benteng`);
    expect(event.summary).toBe(title);
    expect(event.location).toBe(place);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-02-10T02:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-02-10T05:30:00.000Z');
    expect(events[0]!.getFirstPropertyValue('url')).toBe('https://meet.example.go.id/pokja?kode=abc,def');
    expect(event.description.split('\n')).toEqual([
      meeting.bodyName,
      '',
      'Agenda:',
      '1. Pembukaan',
      '2. Agenda tetap: pencegahan dan penanganan TPPO',
      '3. Topik: Pertukaran data deportan bulanan antara Imigrasi dan JIM Johor melalui saluran resmi yang disepakati',
      '4. Lain-lain',
    ]);
  });

  it('exports every meeting of a body, and nothing of a body the user does not see', async () => {
    const body = bodyId.get('SATGAS-TPPO-LINTAS-BATAS')!;
    for (const startsAt of ['2026-03-01T02:00:00.000Z', '2026-04-01T02:00:00.000Z'])
      await ok(t, coordinator.cookie, 'POST', '/api/taskforce/meetings', { bodyId: body, title: 'Rapat Satgas', startsAt, place: 'Tanjungpinang' });
    const response = await call(t, coordinator.cookie, 'GET', `/api/taskforce/bodies/${body}/meetings.ics`);
    expect(response.statusCode).toBe(200);
    const events = new ICAL.Component(ICAL.parse(response.body)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual(['2026-03-01T02:00:00.000Z', '2026-04-01T02:00:00.000Z']);
    expect((await call(t, outsider.cookie, 'GET', `/api/taskforce/bodies/${body}/meetings.ics`)).statusCode).toBe(404);
  });
});
