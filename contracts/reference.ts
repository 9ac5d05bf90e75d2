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
