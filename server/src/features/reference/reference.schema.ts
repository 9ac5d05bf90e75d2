import { doublePrecision, index, pgTable, text } from 'drizzle-orm/pg-core';

/** Indonesian administrative units by Kemendagri code (seeded from the shipped reference files). */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level').notNull(),
    parentCode: text('parent_code'),
    bpsCode: text('bps_code'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode)],
);

/** Official ports, ferry terminals, immigration checkpoints and airports on both sides of the border. */
export const ports = pgTable('ports', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  country: text('country').notNull(),
  adminArea: text('admin_area').notNull(),
  type: text('type').notNull(),
  immigrationCheckpoint: text('immigration_checkpoint').notNull(),
  connectsTo: text('connects_to').notNull(),
  lat: doublePrecision('lat').notNull(),
  lng: doublePrecision('lng').notNull(),
  regionCode: text('region_code'),
  coordinateUncertainty: text('coordinate_uncertainty'),
  sources: text('sources'),
});
