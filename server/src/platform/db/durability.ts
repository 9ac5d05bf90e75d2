import type { Database } from './database';

export class UnsafeDatabaseSettingsError extends Error {}

/**
 * Refuses a PostgreSQL server that could lose acknowledged writes: `fsync`, `synchronous_commit`
 * and `full_page_writes` must be on. Data checksums are recommended but only reported.
 */
export async function checkDurabilitySettings(database: Database): Promise<{ dataChecksums: boolean }> {
  const { rows } = await database.query<{ name: string; setting: string }>(
    `SELECT name, setting FROM pg_settings
      WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'data_checksums')`,
  );
  const value = (name: string) => rows.find((r) => r.name === name)?.setting;
  const unsafe = ['fsync', 'full_page_writes'].filter((n) => value(n) !== 'on');
  if (value('synchronous_commit') === 'off') unsafe.push('synchronous_commit');
  if (unsafe.length > 0) {
    throw new UnsafeDatabaseSettingsError(
      `PostgreSQL settings that can lose acknowledged writes: ${unsafe.map((n) => `${n}=${value(n)}`).join(', ')}. ` +
        'Turn them on (see docs/OPERATIONS.md).',
    );
  }
  return { dataChecksums: value('data_checksums') === 'on' };
}
