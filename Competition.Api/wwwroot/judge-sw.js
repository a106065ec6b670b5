// The judge tablet's service worker: keeps the page's app shell (the page, its styles, scripts and the SignalR
// client) so that a reload without a connection still opens the tablet, with its stored session and its outbox
// (both in localStorage). Network first whenever the server answers, so a new release is picked up at once; the
// copy is only for when it does not. Nothing else passes through here: /api/ answers (assignments, marks) and
// the hub are never cached, since a stale answer would look like the server's word.
const CACHE = 'judge-shell-v2';
// Every file the page loads, module imports included (a test walks them and holds this list to it).
const SHELL = [
  '/judge', '/css/common.css', '/css/judge.css', '/lib/signalr.min.js',
  '/js/api.js', '/js/dialog.js', '/js/dom.js', '/js/errors.js', '/js/i18n.js',
  '/js/judge/chief.js', '/js/judge/link.js', '/js/judge/main.js', '/js/judge/messages.js', '/js/judge/outbox.js',
  '/js/judge/push.js', '/js/judge/refusals.js', '/js/judge/review.js', '/js/judge/session.js', '/js/judge/sheet.js', '/js/judge/stages.js',
  '/js/judge/unit.js', '/js/judge/units.js', '/js/judge/views.js',
];
// A network that neither answers nor fails (a venue Wi-Fi with the server gone) must not hold the page blank.
const PATIENCE_MS = 4000;

self.addEventListener('install', event => {
  event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(SHELL.map(path => new Request(path, { cache: 'no-cache' })))));
  self.skipWaiting();
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(key => key.startsWith('judge-shell-') && key !== CACHE).map(key => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || !SHELL.includes(url.pathname)) return;
  event.respondWith(networkFirst(url.pathname, event));
});

async function networkFirst(path, event) {
  const cache = await caches.open(CACHE);
  const fresh = fetch(event.request.url, { cache: 'no-cache', credentials: 'same-origin' }).then(response => {
    if (response.ok) event.waitUntil(cache.put(path, response.clone()));
    return response;
  });
  const late = new Promise(resolve => setTimeout(resolve, PATIENCE_MS, null));
  // Unreachable (null) or too slow (null): the copy, if there is one; else whatever the network ends up saying.
  const first = await Promise.race([fresh.catch(() => null), late]);
  if (first) return first;
  return (await cache.match(path)) ?? fresh.catch(() => Response.error());
}
