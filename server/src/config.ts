import path from 'node:path';
import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  BENTENG_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  BENTENG_PUBLIC_URL: z.url().optional(),
  BENTENG_TRUST_PROXY: booleanFromEnv.default(false),
  BENTENG_AUDIT_CHECKPOINT_FILE: z.string().min(1).optional(),
  BENTENG_KEY_FILE: z.string().min(1).optional(),
  BENTENG_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(240).default(30),
  BENTENG_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24).default(12),
  BENTENG_DEMO: booleanFromEnv.optional(),
  BENTENG_TIPS_CLIENT_PER_HOUR: z.coerce.number().int().min(1).default(10),
  BENTENG_TIPS_SYSTEM_PER_HOUR: z.coerce.number().int().min(1).default(2000),
  BENTENG_TIPS_POW_MAX_NUMBER: z.coerce.number().int().min(10).max(10_000_000).default(100_000),
  BENTENG_TIPS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  BENTENG_IMPORT_ROWS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  BENTENG_DASHBOARD_REPORTS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  BENTENG_WHATSAPP_APP_SECRET: z.string().min(8).optional(),
  BENTENG_WHATSAPP_VERIFY_TOKEN: z.string().min(8).optional(),
  BENTENG_WHATSAPP_ACCESS_TOKEN: z.string().min(8).optional(),
  BENTENG_WHATSAPP_GRAPH_URL: z.url().default('https://graph.facebook.com/v21.0'),
  /** smtp://user:password@host:587 (STARTTLS when offered) or smtps://…:465; e-mail is off without it. */
  BENTENG_SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  BENTENG_SMTP_FROM: z.string().min(3).default('Benteng <benteng@localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type RunMode = 'demo' | 'production';

/** Every setting Benteng reads, parsed and validated once at start. */
export interface Config {
  mode: RunMode;
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  /** Cookies are marked Secure (and `__Host-`) when Benteng is served over TLS. */
  secureCookies: boolean;
  trustProxy: boolean;
  auditCheckpointFile: string;
  keyFile: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  tips: TipsConfig;
  /** Outgoing e-mail (notifications); null when no SMTP server is configured. */
  mail: { smtpUrl: string; from: string } | null;
  imports: {
    /** Days the rows of a finished (or abandoned) import file are kept: they hold names and NIKs as written. */
    rowsRetentionDays: number;
  };
  dashboards: {
    /** Days a generated monthly/quarterly report (its PDF and workbook) is kept after it was asked for. */
    reportsRetentionDays: number;
  };
}

/** Community reporting: abuse limits, proof-of-work difficulty, retention and the WhatsApp gateway. */
export interface TipsConfig {
  clientPerHour: number;
  systemPerHour: number;
  powMaxNumber: number;
  retentionDays: number;
  /** Present only when the WhatsApp Cloud API webhook is configured (app secret and verify token). */
  whatsapp: { appSecret: string; verifyToken: string; accessToken: string | undefined; graphUrl: string } | null;
}

export class ConfigError extends Error {}

/** Reads the configuration from the environment; throws a ConfigError naming every bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: { production?: boolean } = {}): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid settings:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = overrides.production === true || e.NODE_ENV === 'production';
  const mode: RunMode = production ? 'production' : e.BENTENG_DEMO === false ? 'production' : 'demo';
  const dataDir = path.resolve(e.BENTENG_DATA_DIR);
  const publicUrl = e.BENTENG_PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  return {
    mode,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    trustProxy: e.BENTENG_TRUST_PROXY,
    auditCheckpointFile: path.resolve(e.BENTENG_AUDIT_CHECKPOINT_FILE ?? path.join(dataDir, 'audit', 'checkpoints.jsonl')),
    keyFile: path.resolve(e.BENTENG_KEY_FILE ?? path.join(dataDir, 'keys', 'benteng-keys.json')),
    sessionIdleMinutes: e.BENTENG_SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.BENTENG_SESSION_ABSOLUTE_HOURS,
    logLevel: e.LOG_LEVEL,
    imports: { rowsRetentionDays: e.BENTENG_IMPORT_ROWS_RETENTION_DAYS },
    dashboards: { reportsRetentionDays: e.BENTENG_DASHBOARD_REPORTS_RETENTION_DAYS },
    mail: e.BENTENG_SMTP_URL ? { smtpUrl: e.BENTENG_SMTP_URL, from: e.BENTENG_SMTP_FROM } : null,
    tips: {
      clientPerHour: e.BENTENG_TIPS_CLIENT_PER_HOUR,
      systemPerHour: e.BENTENG_TIPS_SYSTEM_PER_HOUR,
      powMaxNumber: e.BENTENG_TIPS_POW_MAX_NUMBER,
      retentionDays: e.BENTENG_TIPS_RETENTION_DAYS,
      whatsapp:
        e.BENTENG_WHATSAPP_APP_SECRET && e.BENTENG_WHATSAPP_VERIFY_TOKEN
          ? {
              appSecret: e.BENTENG_WHATSAPP_APP_SECRET,
              verifyToken: e.BENTENG_WHATSAPP_VERIFY_TOKEN,
              accessToken: e.BENTENG_WHATSAPP_ACCESS_TOKEN,
              graphUrl: e.BENTENG_WHATSAPP_GRAPH_URL,
            }
          : null,
    },
  };
}
