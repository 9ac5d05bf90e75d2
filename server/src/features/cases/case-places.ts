import type { Executor } from '../../platform/db/database';
import { invalidField } from '../../platform/http/app-error';
import { findRegion, listPorts, regionNames } from '../reference';

/** Refuses a region code that is not in the regions table (the contract checked its form). */
export async function requireRegion(
  db: Executor,
  code: string | null | undefined,
  field: string,
): Promise<void> {
  if (code && !(await findRegion(db, code)))
    throw invalidField(field, 'unknown_region', 'Unknown region code');
}

/** Refuses a port id that is not in the ports table. */
export async function requirePort(db: Executor, id: string | null | undefined, field: string): Promise<void> {
  if (id && !(await listPorts(db)).some((p) => p.id === id))
    throw invalidField(field, 'unknown_port', 'Unknown port');
}

/** Names of the regions and ports a screen shows (the ports list is a few dozen rows). */
export async function placeNames(
  db: Executor,
  regionCodes: readonly (string | null)[],
  portIds: readonly (string | null)[],
): Promise<{ regions: Map<string, string>; ports: Map<string, string> }> {
  const regions = await regionNames(db, regionCodes);
  const wanted = new Set(portIds.filter(Boolean));
  const ports =
    wanted.size > 0
      ? new Map((await listPorts(db)).filter((p) => wanted.has(p.id)).map((p) => [p.id, p.name]))
      : new Map<string, string>();
  return { regions, ports };
}
