import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '#contracts/access';
import { makeAgency, signedInUser } from './factories';
import { apiRequest, type TestApp } from './harness';

/** A case body with sensible defaults (Batam Kota, Batam Centre ferry terminal). */
export const casePayload = (overrides: Record<string, unknown> = {}) => ({
  title: 'PMI nonprosedural di Pelabuhan Batam Centre',
  summary: 'Tiga calon PMI tanpa dokumen kerja dicegah saat akan berangkat ke Johor.',
  reportedOn: '2026-01-10',
  reportedRegionCode: '21.71.10',
  reportedPortId: 'ID-BTM-BTC',
  discoveryChannel: 'port_check',
  ...overrides,
});

export const victimPayload = (overrides: Record<string, unknown> = {}) => ({
  role: 'victim',
  fullName: 'Siti Aminah binti Abdullah',
  aliases: ['Ami'],
  sex: 'female',
  birthDate: '1999-08-17',
  nik: '2171105708990001',
  passportNumber: 'C1234567',
  passportCountry: 'ID',
  citizenship: ['ID'],
  originRegionCode: '21.71',
  phone: '+62 812 0000 1111',
  address: 'Jl. Contoh 1, Lombok Timur',
  victim: {
    traffickingStatus: 'possible',
    meansOfControl: ['withholds_documents'],
    exploitationTypes: ['forced_labour'],
  },
  ...overrides,
});

export const suspectPayload = (overrides: Record<string, unknown> = {}) => ({
  role: 'suspect',
  fullName: 'Tekong Rahmat',
  sex: 'male',
  suspect: { roles: ['recruiter'] },
  ...overrides,
});

/** Sends a JSON request as a signed-in user. */
export function call(
  t: TestApp,
  cookie: string,
  method: string,
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  return t.app.inject(
    apiRequest({
      method: method,
      url,
      cookie,
      ...(payload === undefined ? {} : { payload: payload as object }),
    }),
  );
}

/** Sends a request that must succeed (2xx) and answers its JSON body. */
export async function ok<T = any>(
  t: TestApp,
  cookie: string,
  method: string,
  url: string,
  payload?: unknown,
): Promise<T> {
  const r = await call(t, cookie, method, url, payload);
  if (r.statusCode >= 300) throw new Error(`${method} ${url} → ${r.statusCode} ${r.body}`);
  return r.json<T>();
}

/** Staff of a new agency, by role. */
export async function agencyStaff(
  t: TestApp,
  roles: Role[][],
  agencyOverrides: Parameters<typeof makeAgency>[1] = {},
) {
  const agency = await makeAgency(t.deps, agencyOverrides);
  const users = [];
  for (const r of roles) users.push(await signedInUser(t, r, { agencyId: agency.id }));
  return { agency, users };
}

/** A case with a victim, a suspect and a route step, recorded by `cookie`'s agency. */
export async function caseWithParts(t: TestApp, cookie: string) {
  const kase = await ok(t, cookie, 'POST', '/api/cases', casePayload());
  const victim = await ok(t, cookie, 'POST', `/api/cases/${kase.id}/people`, victimPayload());
  const suspect = await ok(t, cookie, 'POST', `/api/cases/${kase.id}/people`, suspectPayload());
  const step = await ok(t, cookie, 'POST', `/api/cases/${kase.id}/route`, {
    type: 'transit',
    placeKind: 'port',
    portId: 'ID-BTM-BTC',
  });
  return { kase: await ok(t, cookie, 'GET', `/api/cases/${kase.id}`), victim, suspect, step };
}

/** A multipart/form-data body with one file and optional fields, for `app.inject()`. */
export function multipart(
  file: { name: string; type: string; bytes: Buffer } | null,
  fields: Record<string, string> = {},
) {
  const boundary = '----benteng-test-boundary';
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${file.name}"\r\ncontent-type: ${file.type}\r\n\r\n`,
      ),
    );
    chunks.push(file.bytes, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Small files whose first bytes are what their type says. */
export const sampleFiles = {
  pdf: Buffer.concat([
    Buffer.from('%PDF-1.7\n'),
    Buffer.from('BENTENG-PLAINTEXT-MARKER laporan korban\n%%EOF\n'),
  ]),
  png: Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from('IHDR png body'),
  ]),
  jpeg: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF jpeg body')]),
  webp: Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x10, 0, 0, 0]), Buffer.from('WEBPVP8 webp body')]),
  exe: Buffer.concat([Buffer.from('MZ'), Buffer.from('This program cannot be run in DOS mode')]),
};

/** Uploads a file to a case. */
export function upload(
  t: TestApp,
  cookie: string,
  caseId: string,
  file: { name: string; type: string; bytes: Buffer } | null,
  fields: Record<string, string> = {},
) {
  const body = multipart(file, fields);
  return t.app.inject(
    apiRequest({
      method: 'POST',
      url: `/api/cases/${caseId}/attachments`,
      cookie,
      payload: body.payload,
      headers: body.headers,
    }),
  );
}
