import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from '../agencies/agencies.schema';
import { users } from '../auth/auth.schema';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A person as one agency recorded them (HTCDS Person). The same human may exist as several records
 * (different agencies, spellings); linkage relates them without ever merging the rows away.
 */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fullName: text('full_name'),
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    /** Normalised names (full name and aliases) for fuzzy search: lower case, no accents or titles. */
    nameKey: text('name_key').notNull().default(''),
    sex: text('sex').notNull().default('unknown'),
    birthDate: date('birth_date', { mode: 'string' }),
    estimatedAge: integer('estimated_age'),
    /** The date `estimatedAge` refers to (so the age can be carried forward). */
    estimatedAgeOn: date('estimated_age_on', { mode: 'string' }),
    nik: text('nik'),
    nikWarnings: text('nik_warnings').array().notNull().default(sql`'{}'::text[]`),
    passportNumber: text('passport_number'),
    passportCountry: text('passport_country'),
    citizenship: text('citizenship').array().notNull().default(sql`'{}'::text[]`),
    originRegionCode: text('origin_region_code'),
    phone: text('phone'),
    address: text('address'),
    recordedByAgencyId: uuid('recorded_by_agency_id')
      .notNull()
      .references(() => agencies.id),
    /** Where the record came from: entered by hand, or an import (agency, file, row). */
    provenance: jsonb('provenance').notNull().default(sql`'{"source":"manual"}'::jsonb`),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('persons_name_key_trgm_idx').using('gin', sql`${t.nameKey} gin_trgm_ops`),
    index('persons_nik_idx').on(t.nik),
    index('persons_passport_idx').on(t.passportNumber),
  ],
);
