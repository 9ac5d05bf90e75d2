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
  /** Sent as JSON, or as multipart/form-data when it is a FormData (file uploads). */
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

/** Sends a request with the CSRF header; a failure to reach the server becomes NETWORK_ERROR. */
async function send(path: string, options: Omit<RequestOptions<z.ZodType>, 'schema'>): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', 'x-benteng-request': '1' };
  let body: BodyInit | undefined;
  // The browser writes the multipart content type itself, with its boundary.
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  try {
    return await fetch(urlWithQuery(path, options.query), {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers,
      body,
    });
  } catch (cause) {
    throw new ApiError('NETWORK_ERROR', cause instanceof Error ? cause.message : 'network error');
  }
}

/**
 * Calls the Benteng API on the same origin with the session cookie. Every request carries the
 * CSRF header the server demands; a failure becomes an ApiError carrying the server's code.
 */
export async function apiRequest<T extends z.ZodType>(
  path: string,
  options: RequestOptions<T>,
): Promise<z.infer<T>> {
  const response = await send(path, options);
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

/** A file the server sent, with the name it gave in its content-disposition header. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed encoding: fall back to the plain name.
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/** Fetches a file (an export, an attachment) with the same errors as apiRequest. */
export async function apiDownload(
  path: string,
  options: Omit<RequestOptions<z.ZodType>, 'schema'> = {},
): Promise<DownloadedFile> {
  const response = await send(path, options);
  if (!response.ok) throw errorFrom(response, await readJson(response));
  return { blob: await response.blob(), fileName: fileNameOf(response, 'download') };
}
