import { z } from 'zod';
import { recruitmentMethod, exploitationType } from './codes/cases';
import { isoDateSchema, uuidSchema } from './common';

// Risk map: boundaries are static files (GET /api/geo/:layer); incident points, landings and route
// flows come from the cases the user may see; the vulnerability index per kabupaten/kota.

export const geoLayers = ['land', 'countries', 'provinces', 'johor', 'singapore', 'kabkota', 'kecamatan', 'desa', 'ports'] as const;
export const geoLayerParamsSchema = z.strictObject({ layer: z.enum(geoLayers) });

export const mapQuerySchema = z.strictObject({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  recruitmentMethod: recruitmentMethod.schema.optional(),
  exploitationType: exploitationType.schema.optional(),
  agencyId: uuidSchema.optional(),
});
export type MapQuery = z.infer<typeof mapQuerySchema>;

/** Where a point comes from: a route step at an unofficial landing, at an official port, or elsewhere. */
export const mapPointKinds = ['landing', 'port', 'incident'] as const;
export type MapPointKind = (typeof mapPointKinds)[number];

export const mapLayersSchema = z.object({
  /** `precise`: coordinates as recorded; `kecamatan`: every point moved to its kecamatan's label point. */
  precision: z.enum(['precise', 'kecamatan']),
  /** One row per point: [lng, lat, kind index in mapPointKinds, kecamatan code or ''] (compact: 100,000 points). */
  points: z.array(z.tuple([z.number(), z.number(), z.number().int(), z.string()])),
  /** Origin province → port → destination country, counted over cases. */
  flows: z.array(
    z.object({
      originCode: z.string(),
      originName: z.string(),
      /** The province's label point when the reference data has one (Kepri), else null. */
      originLat: z.number().nullable(),
      originLng: z.number().nullable(),
      portId: z.string().nullable(),
      portLat: z.number().nullable(),
      portLng: z.number().nullable(),
      destination: z.string(),
      cases: z.number().int(),
    }),
  ),
});
export type MapLayers = z.infer<typeof mapLayersSchema>;

// Vulnerability index

export const vulnerabilityTerms = ['poverty', 'unemployment', 'population', 'cases', 'tips', 'interceptions'] as const;
export type VulnerabilityTerm = (typeof vulnerabilityTerms)[number];

const weight = z.number().min(0).max(10);
export const vulnerabilityWeightsSchema = z.strictObject({
  poverty: weight,
  unemployment: weight,
  population: weight,
  cases: weight,
  tips: weight,
  interceptions: weight,
});
export type VulnerabilityWeights = z.infer<typeof vulnerabilityWeightsSchema>;

export const vulnerabilityFormulaRequestSchema = z.strictObject({
  weights: vulnerabilityWeightsSchema,
  note: z.string().trim().min(10).max(500),
  /** The version the analyst edited (optimistic concurrency). */
  version: z.number().int().min(0),
});

export const vulnerabilityFormulaSchema = z.object({
  version: z.number().int(),
  weights: vulnerabilityWeightsSchema,
  note: z.string(),
  createdAt: z.string(),
});
export type VulnerabilityFormula = z.infer<typeof vulnerabilityFormulaSchema>;

export const vulnerabilityTermSchema = z.object({
  term: z.enum(vulnerabilityTerms),
  /** The raw value (percent, people, or per 100,000 residents). */
  value: z.number().nullable(),
  /** Min–max normalised over the kabupaten/kota, 0–1. */
  normalised: z.number(),
  weight: z.number(),
  /** weight × normalised / sum of weights × 100: this term's share of the score. */
  points: z.number(),
  source: z.string(),
});
export const vulnerabilityRowSchema = z.object({
  code: z.string(),
  name: z.string(),
  score: z.number(),
  rank: z.number().int(),
  terms: z.array(vulnerabilityTermSchema),
});
export type VulnerabilityRow = z.infer<typeof vulnerabilityRowSchema>;

export const vulnerabilityIndexSchema = z.object({
  formula: vulnerabilityFormulaSchema,
  history: z.array(vulnerabilityFormulaSchema),
  rows: z.array(vulnerabilityRowSchema),
});
export type VulnerabilityIndex = z.infer<typeof vulnerabilityIndexSchema>;
