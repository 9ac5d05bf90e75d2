import { sha256Hex } from '../../platform/crypto/secrets';

export const genesisHash = '0'.repeat(64);

/** The fields of an audit entry that its hash covers. */
export interface ChainedFields {
  seq: number;
  occurredAt: Date;
  requestId: string | null;
  actorUserId: string | null;
  actorEmail: string | null;
  actorAgencyId: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  outcome: string;
  reason: string | null;
  before: unknown;
  after: unknown;
  details: unknown;
}

/** JSON with object keys sorted at every level, so the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Makes a value look exactly as it will after a round trip through a jsonb column. */
export function asStoredJson(value: unknown): unknown {
  return value === undefined || value === null ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

/** hash(n) = SHA-256(hash(n-1) || canonical(entry n)). */
export function entryHash(prevHash: string, entry: ChainedFields): string {
  const body = canonicalJson({
    seq: entry.seq,
    requestId: entry.requestId,
    actorUserId: entry.actorUserId,
    actorEmail: entry.actorEmail,
    actorAgencyId: entry.actorAgencyId,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId,
    outcome: entry.outcome,
    reason: entry.reason,
    occurredAt: entry.occurredAt.toISOString(),
    before: asStoredJson(entry.before),
    after: asStoredJson(entry.after),
    details: asStoredJson(entry.details),
  });
  return sha256Hex(`${prevHash}\n${body}`);
}
