import { useEffect, useState } from 'preact/hooks';
import { ApiFailure, getJson } from './api';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'ready'; data: T }
  | { state: 'failed'; offline: boolean; retry: () => void };

/** Loads JSON from a public API address (null: nothing to load yet); re-loads when it changes. */
export function useJson<T>(url: string | null): Loaded<T> {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    if (url === null) return;
    const controller = new AbortController();
    setLoaded({ state: 'loading' });
    getJson<T>(url, controller.signal).then(
      (data) => setLoaded({ state: 'ready', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const offline = error instanceof ApiFailure && error.status === 0;
        setLoaded({ state: 'failed', offline, retry: () => setAttempt((n) => n + 1) });
      },
    );
    return () => controller.abort();
  }, [url, attempt]);
  return loaded;
}
