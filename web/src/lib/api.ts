import type { z } from 'zod';
import { errorBodySchema, type ErrorCode, type FieldIssue } from '#contracts/errors';

/** Failures that happen before or after the server answers, so they have no server code. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';

/** An API failure: the server's closed error code, or a client-side one. */
export class ApiError extends Error {
  readonly code: ErrorCode | ClientErrorCode;
  readonly status: number;
  readonly requestId: string | null;
  readonly issues: FieldIssue[];
  readonly allowed: string[];

  constructor(
    code: ErrorCode | ClientErrorCode,
    message: string,
    details: { status?: number; requestId?: string | null; issues?: FieldIssue[]; allowed?: string[] } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = details.status ?? 0;
    this.requestId = details.requestId ?? null;
    this.issues = details.issues ?? [];
    this.allowed = details.allowed ?? [];
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** True for the answers that mean "you are not (or no longer) signed in". */
export function isSessionLost(error: unknown): boolean {
  return isApiError(error) && (error.code === 'SESSION_EXPIRED' || error.code === 'UNAUTHENTICATED');
}

type QueryValue = string | number | boolean | null | undefined;

interface RequestOptions<T extends z.ZodType> {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** The contract's response schema: the answer is validated against it. */
  schema: T;
}

function urlWithQuery(path: string, query: Record<string, QueryValue> | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function errorFrom(response: Response, body: unknown): ApiError {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) {
    return new ApiError('UNEXPECTED_RESPONSE', `HTTP ${response.status}`, { status: response.status });
  }
  const { code, message, requestId, issues, allowed } = parsed.data.error;
  return new ApiError(code, message, { status: response.status, requestId, issues, allowed });
}

/**
 * Calls the Benteng API on the same origin with the session cookie. Every request carries the
 * CSRF header the server demands; a failure becomes an ApiError carrying the server's code.
 */
export async function apiRequest<T extends z.ZodType>(
  path: string,
  options: RequestOptions<T>,
): Promise<z.infer<T>> {
  const headers: Record<string, string> = { accept: 'application/json', 'x-benteng-request': '1' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(urlWithQuery(path, options.query), {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch (cause) {
    throw new ApiError('NETWORK_ERROR', cause instanceof Error ? cause.message : 'network error');
  }
  const body = await readJson(response);
  if (!response.ok) throw errorFrom(response, body);
  const parsed = options.schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('UNEXPECTED_RESPONSE', `The answer of ${path} does not match its contract`, {
      status: response.status,
    });
  }
  return parsed.data;
}
