// ASG Lab's service worker: the lab opens from the cache on a repeat visit and with no network.
// The build (scripts/offline.mjs) writes this file into dist/ with VERSION (a hash of every
// file of the build) and FILES (those files) filled in; the page registers it after `load`
// (index.html).
//
// - install: the build's files go into a cache named after the version; the new worker takes
//   over at once (skipWaiting + clients.claim), and the page that saw a worker change shows
//   "new version: reload" (index.html). Pages already open keep running what they loaded.
// - activate: caches of other versions are deleted.
// - fetch: the page itself (any link: `?v=1&…` is ignored for the lookup) and the build's
//   files come from the cache; anything else goes to the network.
// A browser checks this file for a change on each visit, so a new build is taken on the next.
'use strict';
const VERSION = '__VERSION__';
const FILES = __FILES__;
// Named after this copy's folder too: two copies of the lab on one site keep their own caches.
const PREFIX = 'asg-lab-' + self.registration.scope + '-';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      // The page is checked with the server (`no-cache`), never an older copy from the HTTP
      // cache; the other files have a content hash in their names, any copy of them will do.
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: f === './' ? 'no-cache' : 'default' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const rel = url.pathname.slice(scope.pathname.length);
  const page = request.mode === 'navigate' || rel === '' || rel === 'index.html';
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(page ? './' : request, { ignoreSearch: page }))
      .then((hit) => hit || fetch(request)),
  );
});
