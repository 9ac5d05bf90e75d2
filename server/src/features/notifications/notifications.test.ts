import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { kepriAgencies } from '../../../seeds/agencies';
import { ok } from '../../../test/case-fixtures';
import { makeAgency, signedInUser } from '../../../test/factories';
import { buildTestApp, type TestApp } from '../../../test/harness';
import { ConfigError, loadConfig } from '../../config';
import { systemContext } from '../../platform/context';
import { seedTaskforceBodiesIfEmpty } from '../taskforce';
import { notifyOverdueActionItems } from './index';

/** What the local SMTP server received: the envelope's recipients and the raw message. */
interface Received {
  rcptTo: string[];
  raw: string;
}
let received: Received[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      received.push({ rcptTo: session.envelope.rcptTo.map((r) => r.address).sort(), raw: Buffer.concat(chunks).toString('utf8') });
      callback();
    });
  },
});

let t: TestApp;
type Staff = Awaited<ReturnType<typeof signedInUser>>;
const agencyId = new Map<string, string>();
let coordinator: Staff;
let polda: Staff;
let poldaCaseworker: Staff;
let pdrmLiaison: Staff;
let jtkLiaison: Staff;

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  t = await buildTestApp({ env: { BENTENG_SMTP_URL: `smtp://127.0.0.1:${port}`, BENTENG_SMTP_FROM: 'Benteng <benteng@bppd.kepriprov.go.id>' } });
  for (const a of kepriAgencies) agencyId.set(a.code, (await makeAgency(t.deps, a)).id);
  await seedTaskforceBodiesIfEmpty(t.deps.db, systemContext(t.clock.now()));
  coordinator = await signedInUser(t, ['coordinator'], { agencyId: agencyId.get('BPPD-KEPRI')! });
  polda = await signedInUser(t, ['officer'], { agencyId: agencyId.get('POLDA-KEPRI')! });
  poldaCaseworker = await signedInUser(t, ['caseworker'], { agencyId: agencyId.get('POLDA-KEPRI')! });
  pdrmLiaison = await signedInUser(t, ['liaison'], { agencyId: agencyId.get('PDRM-JOHOR')! });
  jtkLiaison = await signedInUser(t, ['liaison'], { agencyId: agencyId.get('JTK-JOHOR')! });
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});
beforeEach(() => {
  received = [];
});

/** Waits until the SMTP server has received `n` messages (notices are sent after the request). */
async function mailbox(n: number): Promise<Received[]> {
  for (let i = 0; i < 400 && received.length < n; i++) await new Promise((r) => setTimeout(r, 25));
  return received;
}
/** The message body, quoted-printable decoded. */
const bodyOf = (m: Received) =>
  Buffer.from(
    m.raw
      .split(/\r?\n\r?\n/)
      .slice(1)
      .join('\n')
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

describe('settings', () => {
  it('is off unless an SMTP URL is configured, and refuses a URL that is not smtp(s)', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).mail).toBeNull();
    expect(loadConfig({ NODE_ENV: 'test', BENTENG_SMTP_URL: 'smtps://u:p@mail.example.org:465' }).mail).toEqual({ smtpUrl: 'smtps://u:p@mail.example.org:465', from: 'Benteng <benteng@localhost>' });
    expect(() => loadConfig({ NODE_ENV: 'test', BENTENG_SMTP_URL: 'http://mail.example.org' })).toThrow(ConfigError);
  });
});

describe('a new patrol or meeting', () => {
  it("tells the staff of the patrol's agencies who read patrols, without the words typed into the plan", async () => {
    const patrol = await ok(t, polda.cookie, 'POST', '/api/patrols', {
      kind: 'operation',
      title: 'Jemput korban Siti Aminah di Nongsa',
      area: { type: 'Polygon', coordinates: [[[103.95, 1.2], [104.1, 1.2], [104.1, 1.24], [103.95, 1.24], [103.95, 1.2]]] },
      startsAt: '2026-01-20T22:00:00+07:00',
      endsAt: '2026-01-21T06:00:00+07:00',
      agencyIds: [agencyId.get('POLDA-KEPRI'), agencyId.get('PDRM-JOHOR')],
      objectives: 'Siti Aminah, 17 tahun, ditahan di rumah penampungan.',
    });
    const [mail] = await mailbox(1);
    expect(mail!.rcptTo).toEqual([pdrmLiaison.email, polda.email].sort());
    expect(mail!.rcptTo).not.toContain(poldaCaseworker.email);
    expect(mail!.rcptTo).not.toContain(jtkLiaison.email);
    const text = bodyOf(mail!);
    expect(mail!.raw).toContain('Operasi bersama direncanakan');
    expect(text).toContain('2026-01-20 22:00 WIB');
    expect(text).toContain('Kota Batam');
    expect(text).toContain(`/patrols/${patrol.id}`);
    expect(mail!.raw).not.toMatch(/Siti|Aminah|penampungan/);
    expect(text).not.toMatch(/Siti|Aminah|penampungan/);
    // The recipients do not see one another's addresses.
    expect(mail!.raw).not.toContain(polda.email);
  });

  it("tells the participants' agencies of a new meeting", async () => {
    const bodies = await ok(t, coordinator.cookie, 'GET', '/api/taskforce/bodies');
    const wg = bodies.items.find((b: { code: string }) => b.code === 'SOSEK-MALINDO-KEPRI-JOHOR');
    const meeting = await ok(t, coordinator.cookie, 'POST', '/api/taskforce/meetings', {
      bodyId: wg.id,
      title: 'Rapat Pokja', place: 'Johor Bahru',
      startsAt: '2026-01-22T09:00:00+07:00',
      participants: [{ agencyId: agencyId.get('PDRM-JOHOR'), name: 'ASP Rahman' }],
    });
    const [mail] = await mailbox(1);
    expect(mail!.rcptTo).toEqual([pdrmLiaison.email]);
    expect(bodyOf(mail!)).toContain(`/taskforce/meetings/${meeting.id}`);
    expect(bodyOf(mail!)).toContain('2026-01-22 09:00 WIB');
  });
});

describe('overdue action items', () => {
  it('tells the owner agency once per item per day, until the item is closed', async () => {
    const bodies = await ok(t, coordinator.cookie, 'GET', '/api/taskforce/bodies');
    const wg = bodies.items.find((b: { code: string }) => b.code === 'SOSEK-MALINDO-KEPRI-JOHOR');
    const meeting = await ok(t, coordinator.cookie, 'POST', '/api/taskforce/meetings', { bodyId: wg.id, title: 'Rapat Pokja Desember', place: 'Batam', startsAt: '2025-12-10T09:00:00+07:00' });
    const decision = await ok(t, coordinator.cookie, 'POST', `/api/taskforce/meetings/${meeting.id}/decisions`, { textId: 'Tukar data', textMs: 'Tukar data', textEn: 'Exchange data' });
    const item = await ok(t, coordinator.cookie, 'POST', `/api/taskforce/decisions/${decision.id}/action-items`, {
      title: 'Kirim berkas korban Siti Aminah',
      ownerAgencyId: agencyId.get('PDRM-JOHOR'),
      ownerPerson: 'ASP Rahman',
      dueOn: '2026-01-10',
    });
    expect(await notifyOverdueActionItems(t.deps)).toBe(1);
    const [mail] = await mailbox(1);
    expect(mail!.rcptTo).toEqual([pdrmLiaison.email]);
    expect(bodyOf(mail!)).toContain('2026-01-10');
    expect(bodyOf(mail!)).not.toMatch(/Siti|Aminah|berkas/);
    expect(await notifyOverdueActionItems(t.deps)).toBe(0);
    t.clock.advance(24 * 3_600_000);
    expect(await notifyOverdueActionItems(t.deps)).toBe(1);
    const laterCoordinator = await signedInUser(t, ['coordinator'], { agencyId: agencyId.get('BPPD-KEPRI')! });
    await ok(t, laterCoordinator.cookie, 'PATCH', `/api/taskforce/action-items/${item.id}`, { version: item.version, status: 'done', evidence: 'Dikirim lewat surat resmi' });
    t.clock.advance(24 * 3_600_000);
    expect(await notifyOverdueActionItems(t.deps)).toBe(0);
    expect(await mailbox(2)).toHaveLength(2);
    const rows = await t.deps.database.query<{ day: string }>(`select day::text from notifications_sent where object_id = $1 order by day`, [item.id]);
    expect(rows.rows.map((r) => r.day)).toEqual(['2026-01-15', '2026-01-16']);
  });

  it('sends nothing when e-mail is off', async () => {
    const off = { ...t.deps, config: { ...t.deps.config, mail: null } };
    t.clock.advance(24 * 3_600_000);
    expect(await notifyOverdueActionItems(off)).toBe(0);
    expect(received).toEqual([]);
  });
});
