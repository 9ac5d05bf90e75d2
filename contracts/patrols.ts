import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, uuidSchema } from './common';

/**
 * Joint patrols and operations: planned with an area drawn on the offline map, a time window, the
 * participating agencies and their vessels and the objectives; reported with what they found.
 */
export const patrolKinds = ['patrol', 'operation'] as const;
export type PatrolKind = (typeof patrolKinds)[number];
export const patrolStatuses = ['planned', 'reported'] as const;
export type PatrolStatus = (typeof patrolStatuses)[number];

const text = (max: number) => z.string().trim().min(1).max(max);

/** A longitude/latitude pair as GeoJSON writes it: [lng, lat], in degrees. */
export const positionSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export type Position = z.infer<typeof positionSchema>;

/** Twice the signed area of a ring in square degrees (shoelace); zero when its points are on one line. */
export function ringArea2(ring: readonly (readonly number[])[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum;
}

/** A closed linear ring: at least four positions, the last repeating the first, enclosing some area. */
export const linearRingSchema = z
  .array(positionSchema)
  .min(4)
  .max(500)
  .refine((ring) => ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1], { message: 'A ring must end where it starts' })
  .refine((ring) => Math.abs(ringArea2(ring)) > 1e-12, { message: 'A ring must enclose an area' });

/** A GeoJSON Polygon (RFC 7946 §3.1.6): the outer ring, then up to a few holes. */
export const polygonSchema = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z.array(linearRingSchema).min(1).max(10),
});
export type Polygon = z.infer<typeof polygonSchema>;

export const vesselSchema = z.strictObject({
  agencyId: uuidSchema,
  name: text(200),
});
export type Vessel = z.infer<typeof vesselSchema>;

/** An unofficial landing (jalur tikus) found on patrol, with where it is. */
export const landingSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  description: z.string().trim().max(500).default(''),
});
export type Landing = z.infer<typeof landingSchema>;

const planFields = {
  kind: z.enum(patrolKinds),
  title: text(200),
  /** The forum or task force the patrol belongs to, if any. */
  bodyId: uuidSchema.nullable().default(null),
  area: polygonSchema,
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  agencyIds: z.array(uuidSchema).min(1).max(30),
  vessels: z.array(vesselSchema).max(50).default([]),
  objectives: z.string().trim().max(4000).default(''),
};
const windowInOrder = (p: { startsAt?: string; endsAt?: string }) => !p.startsAt || !p.endsAt || new Date(p.endsAt) > new Date(p.startsAt);
const windowMessage = { message: 'The patrol must end after it starts', path: ['endsAt'] };

export const patrolRequestSchema = z.strictObject(planFields).refine(windowInOrder, windowMessage);
export type PatrolRequest = z.input<typeof patrolRequestSchema>;

/** A change to the plan; the version read is sent back (a stale one answers 409). */
export const patrolUpdateSchema = z
  .strictObject({
    version: z.number().int().positive(),
    title: planFields.title.optional(),
    bodyId: uuidSchema.nullable().optional(),
    area: polygonSchema.optional(),
    startsAt: isoDateTimeSchema.optional(),
    endsAt: isoDateTimeSchema.optional(),
    agencyIds: planFields.agencyIds.optional(),
    vessels: z.array(vesselSchema).max(50).optional(),
    objectives: z.string().trim().max(4000).optional(),
  })
  .refine(windowInOrder, windowMessage);
export type PatrolUpdate = z.input<typeof patrolUpdateSchema>;

/** What the patrol found; recorded (and corrected) after it, version-checked. */
export const patrolReportRequestSchema = z.strictObject({
  version: z.number().int().positive(),
  findings: z.string().trim().max(8000).default(''),
  peopleIntercepted: z.number().int().min(0).max(100_000),
  boatsIntercepted: z.number().int().min(0).max(10_000),
  landings: z.array(landingSchema).max(200).default([]),
  /** Cases opened from the patrol: each must be a case the reporter may see. */
  caseIds: z.array(uuidSchema).max(200).default([]),
});
export type PatrolReportRequest = z.input<typeof patrolReportRequestSchema>;

export const patrolAgencySchema = z.object({ id: uuidSchema, code: z.string(), name: z.string(), country: z.string() });

export const patrolReportSchema = z.object({
  findings: z.string(),
  peopleIntercepted: z.number().int(),
  boatsIntercepted: z.number().int(),
  landings: z.array(landingSchema),
  /** The linked cases the reader may see; `caseCount` counts them all. */
  cases: z.array(z.object({ id: uuidSchema, number: z.string() })),
  caseCount: z.number().int(),
  reportedAt: isoDateTimeSchema,
});
export type PatrolReport = z.infer<typeof patrolReportSchema>;

export const patrolSchema = z.object({
  id: uuidSchema,
  kind: z.enum(patrolKinds),
  title: z.string(),
  bodyId: uuidSchema.nullable(),
  area: polygonSchema,
  /** The kabupaten/kota the area lies in or off (codes of the Kemendagri list). */
  kabkotaCodes: z.array(z.string()),
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  agencies: z.array(patrolAgencySchema),
  vessels: z.array(vesselSchema),
  objectives: z.string(),
  status: z.enum(patrolStatuses),
  report: patrolReportSchema.nullable(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  version: z.number().int(),
});
export type Patrol = z.infer<typeof patrolSchema>;

export const patrolSummarySchema = patrolSchema.omit({ area: true, report: true, vessels: true, objectives: true }).extend({
  peopleIntercepted: z.number().int().nullable(),
});
export type PatrolSummary = z.infer<typeof patrolSummarySchema>;
export const patrolListSchema = z.object({ items: z.array(patrolSummarySchema) });

/**
 * Which patrols the list and the statistics cover: a period of days (WIB), both ends included,
 * either end left open; and, with `bodyId`, only those planned under that forum or task force.
 */
export const patrolListQuerySchema = z
  .strictObject({ from: isoDateSchema.optional(), to: isoDateSchema.optional(), bodyId: uuidSchema.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '`from` must not be after `to`', path: ['to'] });

export const patrolTotalsSchema = z.object({
  patrols: z.number().int(),
  reported: z.number().int(),
  peopleIntercepted: z.number().int(),
  boatsIntercepted: z.number().int(),
  landingsFound: z.number().int(),
  casesOpened: z.number().int(),
});
export type PatrolTotals = z.infer<typeof patrolTotalsSchema>;

export const patrolStatisticsSchema = z.object({
  from: isoDateSchema.nullable(),
  to: isoDateSchema.nullable(),
  totals: patrolTotalsSchema,
  /** Per calendar month (WIB) in which patrols started, oldest first. */
  byMonth: z.array(patrolTotalsSchema.extend({ month: z.string() })),
  /**
   * Per kabupaten/kota; a patrol whose area spans two counts in both, so these rows may add up to
   * more than the totals.
   */
  byArea: z.array(patrolTotalsSchema.extend({ kabkotaCode: z.string(), kabkotaName: z.string() })),
});
export type PatrolStatistics = z.infer<typeof patrolStatisticsSchema>;

/**
 * The patrol areas the risk map draws: the patrols the reader may see that started in the period
 * (days in WIB, both ends included), narrowed to those an agency took part in.
 */
export const patrolAreaQuerySchema = z
  .strictObject({ from: isoDateSchema.optional(), to: isoDateSchema.optional(), agencyId: uuidSchema.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '`from` must not be after `to`', path: ['to'] });

export const patrolAreaSchema = patrolSchema.pick({ id: true, kind: true, title: true, area: true, startsAt: true, endsAt: true, agencies: true, status: true });
export type PatrolArea = z.infer<typeof patrolAreaSchema>;
export const patrolAreaListSchema = z.object({ items: z.array(patrolAreaSchema) });
