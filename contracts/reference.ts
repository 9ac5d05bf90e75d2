import { z } from 'zod';

export const regionLevels = ['provinsi', 'kabupaten', 'kota', 'kecamatan', 'kelurahan', 'desa'] as const;
export const regionLevelSchema = z.enum(regionLevels);

/** An Indonesian administrative unit by its Kemendagri code (e.g. `21.71.10.1003`). */
export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: regionLevelSchema,
  parentCode: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
});
export type Region = z.infer<typeof regionSchema>;

export const regionQuerySchema = z.strictObject({
  parent: z.string().trim().max(20).optional(),
  level: regionLevelSchema.optional(),
  q: z.string().trim().max(100).optional(),
});
export const regionListSchema = z.object({ items: z.array(regionSchema) });

export const portTypes = [
  'ferry_terminal_international',
  'ferry_terminal_domestic',
  'cargo_port',
  'port',
  'airport',
  'island_marina',
] as const;

/** An official port, ferry terminal or airport on either side of the border. */
export const portSchema = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string(),
  adminArea: z.string(),
  type: z.enum(portTypes),
  immigrationCheckpoint: z.string(),
  connectsTo: z.string(),
  lat: z.number(),
  lng: z.number(),
  regionCode: z.string().nullable(),
});
export type Port = z.infer<typeof portSchema>;
export const portListSchema = z.object({ items: z.array(portSchema) });

/** The public report page's region picker: one level at a time, names and codes only. */
export const publicRegionQuerySchema = z.strictObject({ parent: z.string().trim().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/).optional() });
export const publicRegionListSchema = z.object({ items: z.array(regionSchema.pick({ code: true, name: true, level: true })) });
export type PublicRegion = z.infer<typeof publicRegionListSchema>['items'][number];
/** The public report page's port list: what a reporter recognises, nothing more. */
export const publicPortListSchema = z.object({ items: z.array(portSchema.pick({ id: true, name: true, country: true })) });
export type PublicPort = z.infer<typeof publicPortListSchema>['items'][number];
