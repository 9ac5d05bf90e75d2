// Reads the public API. No credentials are sent (the public site has no session) and nothing is
// stored by the page itself; the optional offline copy is the service worker's (offline.ts).

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`public API: ${status} ${code}`);
  }
}

/** GETs JSON from our own origin; throws ApiFailure (status 0 when the network is down). */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', headers: { accept: 'application/json' }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiFailure(0, 'NETWORK');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
    throw new ApiFailure(response.status, body?.error?.code ?? 'HTTP');
  }
  return (await response.json()) as T;
}
