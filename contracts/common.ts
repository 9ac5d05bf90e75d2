import { z } from 'zod';

export const locales = ['id', 'en', 'ms'] as const;
export type Locale = (typeof locales)[number];
export const localeSchema = z.enum(locales);
export const defaultLocale: Locale = 'id';

/** Time zones users may choose to see times in; everything is stored in UTC. */
export const timeZones = ['Asia/Jakarta', 'Asia/Kuala_Lumpur'] as const;
export type TimeZone = (typeof timeZones)[number];
export const timeZoneSchema = z.enum(timeZones);

export const uuidSchema = z.uuid();
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export const isoDateSchema = z.iso.date();

/** A label in each of the interface languages (code lists carry one per value). */
export const localizedTextSchema = z.object({ id: z.string(), en: z.string(), ms: z.string() });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const idParamsSchema = z.strictObject({ id: uuidSchema });

/** Keyset pagination: the cursor is opaque to clients. */
export const pageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const okSchema = z.object({ ok: z.literal(true) });
