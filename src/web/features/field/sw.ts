/**
 * The volunteer page's service worker, built to /sw.js (field-sw-plugin.ts) with the list of files the
 * volunteer page needs. It serves the page and its files from its cache, so the page opens and logs with no
 * signal. It never touches the outbox (IndexedDB) and never answers /api requests: tallies are sent by the
 * page, never replayed from here.
 *
 * A new version installs beside the old one and waits until no page uses the old one (no skipWaiting): a
 * page open during an update keeps the files it was built with, offline too.
 */

export {};

// The service worker's own globals, declared here so that the rest of the app keeps the DOM's types.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response> | Response): void;
}
interface WorkerScope {
  location: Location;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}
declare const self: WorkerScope;
/** Filled in at build time: the files of the volunteer page, and a hash of them. */
declare const __FIELD_FILES__: string[];
declare const __FIELD_VERSION__: string;

const PREFIX = 'lantang-field-';
const CACHE = `${PREFIX}${__FIELD_VERSION__}`;
/** The app's HTML, as the server answers for /f; every /f page is this same shell. */
const SHELL = '/f';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        cache.addAll([SHELL, ...__FIELD_FILES__].map((url) => new Request(url, { cache: 'reload' }))),
      ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

// `/field/join/CODE` is the join link the server prints in its QR codes.
const isVolunteerPage = (path: string) =>
  /^\/f(\/[^/]*)?\/?$/.test(path) || /^\/field\/join\/[^/]+\/?$/.test(path);

async function fromCache(request: Request, key: Request | string = request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(key);
  if (hit) return hit;
  const response = await fetch(request);
  // Hashed files never change: keep any the page loads later (a lazy part, the other language).
  if (response.ok && new URL(request.url).pathname.startsWith('/assets/'))
    await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/'))
    return;
  if (request.mode === 'navigate') {
    if (isVolunteerPage(url.pathname)) event.respondWith(fromCache(request, SHELL));
    return;
  }
  if (url.pathname.startsWith('/assets/') || __FIELD_FILES__.includes(url.pathname))
    event.respondWith(fromCache(request));
});
