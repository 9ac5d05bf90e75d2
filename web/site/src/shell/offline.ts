// An offline copy only on the user's request: registering the service worker and filling its
// cache is browser storage, which the public site does not use before the user acts.

const workerUrl = '/site/sw.js';

/** Whether an offline copy of this area was saved earlier (reads, stores nothing). */
export async function hasOfflineCopy(scope: string): Promise<boolean> {
  if (!('serviceWorker' in navigator)) return false;
  const registration = await navigator.serviceWorker.getRegistration(scope);
  return registration !== undefined;
}

export function canSaveOffline(): boolean {
  return 'serviceWorker' in navigator && 'caches' in window;
}

/**
 * Registers the service worker for an area (e.g. `/info`) and asks it to keep the given
 * addresses plus everything this page loaded from /site/ (its scripts and styles) and the icon and
 * manifest named in its head.
 */
export async function saveOffline(scope: string, urls: readonly string[]): Promise<void> {
  const registration = await navigator.serviceWorker.register(workerUrl, { scope });
  const worker = registration.active ?? (await navigator.serviceWorker.ready).active;
  if (!worker) throw new Error('service worker did not start');
  const loaded = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === window.location.origin && url.pathname.startsWith('/site/'))
    .map((url) => url.pathname);
  // The browser fetches the icon and the manifest itself, outside the page's resource list.
  const head = [...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"], link[rel="manifest"]')]
    .map((link) => new URL(link.href))
    .filter((url) => url.origin === window.location.origin)
    .map((url) => url.pathname);
  const all = [...new Set([scope, ...urls, ...loaded, ...head])];
  await new Promise<void>((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<{ ok: boolean; message?: string }>) =>
      event.data.ok ? resolve() : reject(new Error(event.data.message ?? 'saving failed'));
    worker.postMessage({ type: 'save', urls: all }, [channel.port2]);
  });
}
