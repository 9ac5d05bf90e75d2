import { customType } from 'drizzle-orm/pg-core';

/** Raw bytes (encrypted attachment content). */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** A full-text search vector; always a generated column here. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
