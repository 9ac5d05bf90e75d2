import { z } from 'zod';
import { localeSchema } from './common';

/**
 * Public statistics (`/statistik`, no account), after CTDC's practice: counts below
 * `publicMinimumCell` are withheld, the others rounded down to a multiple of `publicRoundingStep`,
 * nothing finer than kabupaten/kota; the open-data CSV keeps only combinations of the
 * quasi-identifiers shared by at least `openDataK` victims (k-anonymity, k = 11 as CTDC's
 * k-anonymised global dataset).
 */
export const publicMinimumCell = 10;
export const publicRoundingStep = 5;
export const openDataK = 11;
/** The columns of the open-data CSV, all quasi-identifiers, then the count of victims. */
export const openDataQuasiIdentifiers = ['year', 'sex', 'age_band', 'kabupaten_kota', 'exploitation'] as const;

export const publicCellSchema = z.object({ count: z.number().int().nullable(), suppressed: z.boolean() });
export type PublicCell = z.infer<typeof publicCellSchema>;
const item = publicCellSchema.extend({ code: z.string(), label: z.string() });

export const publicStatisticsQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** The language of the labels. */
  lang: localeSchema.default('id'),
});

export const publicStatisticsSchema = z.object({
  /** The year shown, or null for all years. */
  year: z.number().int().nullable(),
  years: z.array(z.number().int()),
  minimumCell: z.number().int(),
  roundingStep: z.number().int(),
  openDataK: z.number().int(),
  updatedAt: z.string().nullable(),
  totals: z.object({
    cases: publicCellSchema,
    victims: publicCellSchema,
    suspects: publicCellSchema,
    interceptionsOfficialPort: publicCellSchema,
    interceptionsUnofficialLanding: publicCellSchema,
    deportees: publicCellSchema,
  }),
  byYear: z.array(z.object({ year: z.number().int(), cases: publicCellSchema, victims: publicCellSchema })),
  victimsBySex: z.array(item),
  victimsByAgeBand: z.array(item),
  casesByExploitationType: z.array(item),
  /** Cases by the kabupaten/kota (Kemendagri code `21.71`) where they were reported. */
  casesByKabupaten: z.array(item),
});
export type PublicStatistics = z.infer<typeof publicStatisticsSchema>;
