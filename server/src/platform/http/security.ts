import type { FastifyInstance } from 'fastify';
import { AppError } from './app-error';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The header the web client sends on every API call; a cross-site form or image cannot send it. */
export const csrfHeader = 'x-benteng-request';

/**
 * CSRF defence for cookie sessions: a state-changing API request must carry the custom header and,
 * when the browser states an Origin, it must be our own (OWASP "custom request header" pattern,
 * plus SameSite=Strict cookies).
 */
export function registerCsrfProtection(app: FastifyInstance, options: { publicUrl: string }): void {
  const allowedOrigins = new Set([new URL(options.publicUrl).origin]);
  app.addHook('onRequest', async (request) => {
    if (!stateChanging.has(request.method) || !request.url.startsWith('/api/')) return;
    const origin = request.headers.origin;
    const host = request.headers.host;
    const sameHost = origin !== undefined && host !== undefined && safeHostOf(origin) === host;
    if (origin !== undefined && !allowedOrigins.has(origin) && !sameHost) {
      throw new AppError('CSRF_REJECTED', 'Cross-site request refused');
    }
    if (request.headers[csrfHeader] !== '1') {
      throw new AppError('CSRF_REJECTED', `State-changing requests must send the ${csrfHeader}: 1 header`);
    }
  });
}

function safeHostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** Security headers for every response (CSP without inline scripts, no framing, no referrer). */
export function registerSecurityHeaders(app: FastifyInstance, options: { hsts: boolean }): void {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  app.addHook('onSend', async (request, reply) => {
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', csp);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('cross-origin-resource-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(self), payment=(), usb=()');
    if (options.hsts) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
}
