import { z } from 'zod';

export const runModes = ['demo', 'production'] as const;
export const systemInfoSchema = z.object({
  name: z.literal('Benteng'),
  version: z.string(),
  mode: z.enum(runModes),
  database: z.enum(['pglite', 'postgres']),
});
export type SystemInfo = z.infer<typeof systemInfoSchema>;

export const healthSchema = z.object({ status: z.literal('ok') });
export const readinessSchema = z.object({
  status: z.enum(['ready', 'not-ready']),
  database: z.boolean(),
  migrations: z.boolean(),
});
