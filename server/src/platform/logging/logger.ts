import pino, { type Logger, type LoggerOptions } from 'pino';

/**
 * Paths never written to the logs: credentials, session cookies, personal data and anything a
 * client sends about itself (IP, User-Agent, Referer) so anonymous reporters stay anonymous.
 */
export const redactedPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["user-agent"]',
  'req.headers.referer',
  'req.headers["x-forwarded-for"]',
  'req.headers["x-real-ip"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.temporaryPassword',
  '*.code',
  '*.secret',
  '*.token',
  '*.receipt',
  '*.nik',
  '*.passport',
];

/** Replaces CR, LF and other control characters so a value cannot forge a log line (ASVS 16.4.1). */
export function escapeControlCharacters(value: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return value.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function loggerOptions(level: LoggerOptions['level']): LoggerOptions {
  return {
    level,
    redact: { paths: redactedPaths, censor: '[redacted]' },
    serializers: {
      // Only method, path and request id: no client address, no headers, no query string.
      req: (req: { method?: string; url?: string; id?: string }) => ({
        method: req.method,
        path: escapeControlCharacters((req.url ?? '').split('?')[0] ?? ''),
        id: req.id,
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      err: pino.stdSerializers.err,
    },
    formatters: { level: (label) => ({ level: label }) },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
}

export function createLogger(level: LoggerOptions['level'] = 'info'): Logger {
  return pino(loggerOptions(level));
}
