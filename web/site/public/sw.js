// The public site's service worker. It is registered only when the user asks for an offline copy
// (web/site/src/shell/offline.ts): before that the site stores nothing in the browser.
// - save: the page sends the addresses to keep (its shell, assets and data); they are cached.
// - navigations and public API reads: network first, the saved copy when the network fails.
// - site assets (hashed names) and map data: the saved copy first.
const cacheName = 'benteng-site-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type !== 'save' || !Array.isArray(data.urls)) return;
  const reply = (message) => event.ports[0] && event.ports[0].postMessage(message);
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.addAll(data.urls))
      .then(
        () => reply({ ok: true }),
        (error) => reply({ ok: false, message: String(error) }),
      ),
  );
});

function areaRoot() {
  return new URL(self.registration.scope).pathname.replace(/\/+$/, '') || '/';
}

async function networkFirst(request, fallbackKey) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok && (await cache.match(request, { ignoreSearch: false }))) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const saved = (await cache.match(request)) || (fallbackKey && (await cache.match(fallbackKey)));
    if (saved) return saved;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(cacheName);
  const saved = await cache.match(request);
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(networkFirst(request, areaRoot()));
  else if (url.pathname.startsWith('/site/') || url.pathname.startsWith('/geo/')) event.respondWith(cacheFirst(request));
  else if (url.pathname.startsWith('/api/public/')) event.respondWith(networkFirst(request));
});
