/**
 * The site's service worker (bundled to `<base>sw.js` at build time by ./integration.ts): visited
 * chapters and the runner keep working offline. Hashed assets are cache-first and cached on first
 * use (esbuild.wasm is 14 MB: never at install); pages are network-first with the cached copy or
 * the offline page as fallback. Caches are named per build; activation drops other versions.
 */
import type { Manifest } from './manifest.ts';
import {
  cacheNames,
  isCacheMessage,
  pageCacheKeys,
  planActivation,
  strategyFor,
  type CacheNames,
} from './policy.ts';

/** Injected by the build (esbuild `define`). */
declare const __SW_MANIFEST__: Manifest;

// The DOM lib has no service-worker types and the webworker lib clashes with it: the few we use.
interface ExtendableEventLike extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface FetchEventLike extends ExtendableEventLike {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageEventLike extends ExtendableEventLike {
  data: unknown;
  ports: readonly MessagePort[];
}
interface ServiceWorkerScope {
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', fn: (e: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', fn: (e: FetchEventLike) => void): void;
  addEventListener(type: 'message', fn: (e: MessageEventLike) => void): void;
}

const sw = self as unknown as ServiceWorkerScope;
const manifest = __SW_MANIFEST__;
const names: CacheNames = cacheNames(manifest.version);
const scope = new URL(sw.registration.scope);
const offlineUrl = new URL('offline/', scope).href;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const pages = await caches.open(names.pages);
      const assets = await caches.open(names.assets);
      const urls = manifest.precache.map((p) => new URL(p, scope).href);
      await pages.addAll(urls.filter((u) => !u.includes('/_astro/')));
      await assets.addAll(urls.filter((u) => u.includes('/_astro/')));
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const plan = planActivation(await caches.keys(), manifest.version);
      const listed = new Set(manifest.assets.map((p) => new URL(p, scope).href));
      const assets = await caches.open(names.assets);
      for (const name of plan.migrateAssetsFrom) {
        const old = await caches.open(name);
        for (const request of await old.keys()) {
          const response = listed.has(request.url) ? await old.match(request) : undefined;
          if (response) await assets.put(request, response);
        }
      }
      await Promise.all(plan.remove.map((name) => caches.delete(name)));
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const strategy = strategyFor(new URL(request.url), scope, request.mode === 'navigate');
  if (strategy === 'ignore') return;
  // Storing a copy never delays the response: the put finishes under waitUntil.
  const keep = (work: Promise<unknown>) => event.waitUntil(work);
  const response =
    strategy === 'cache-first'
      ? cacheFirst(request, keep)
      : networkFirst(request, strategy === 'page', keep);
  // A fetch that fails (offline, or aborted because the learner left the page while Monaco's
  // worker was still loading) is answered as a network error. A rejected respondWith promise is
  // the same to the page, but Firefox then logs "A ServiceWorker intercepted the request and
  // encountered an unexpected error".
  event.respondWith(response.catch(() => Response.error()));
});

// The first visit's page and assets were fetched before this worker controlled the page.
sw.addEventListener('message', (event) => {
  if (!isCacheMessage(event.data)) return;
  const reply = event.ports[0];
  event.waitUntil(
    Promise.all(event.data.urls.map((url) => remember(url))).then(() => reply?.postMessage(true)),
  );
});

type Keep = (work: Promise<unknown>) => void;

async function cacheFirst(request: Request, keep: Keep): Promise<Response> {
  const cache = await caches.open(names.assets);
  // A hashed asset's content never varies. Servers that answer `Vary: Origin` (Astro's preview
  // server does) would otherwise miss every module script: Chromium sends Origin with those, but
  // not with the precache and hand-over fetches that stored them.
  const hit = await cache.match(request, { ignoreVary: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) keep(cache.put(request, response.clone()));
  return response;
}

async function networkFirst(request: Request, isPage: boolean, keep: Keep): Promise<Response> {
  const cache = await caches.open(names.pages);
  try {
    const response = await fetch(request);
    if (response.ok) keep(cache.put(request, response.clone()));
    return response;
  } catch (error) {
    // The request itself first (a stored response's Vary is matched against its headers), then,
    // for a page, the other addresses that name it (with its trailing slash).
    const keys: (Request | string)[] = [request];
    if (isPage) keys.push(...pageCacheKeys(new URL(request.url)).slice(1));
    for (const key of keys) {
      const hit = await cache.match(key, { ignoreSearch: isPage });
      if (hit) return hit;
    }
    const offline = isPage ? await cache.match(offlineUrl) : undefined;
    if (offline) return offline;
    throw error;
  }
}

/** Cache one URL the page already loaded (from the HTTP cache when it can), if it is not cached. */
async function remember(url: string): Promise<void> {
  const target = new URL(url);
  target.hash = '';
  const strategy = strategyFor(target, scope, false);
  if (strategy === 'ignore') return;
  const cache = await caches.open(strategy === 'cache-first' ? names.assets : names.pages);
  if (strategy === 'cache-first' && (await cache.match(target.href, { ignoreVary: true }))) return;
  try {
    const response = await fetch(target.href);
    if (response.ok) await cache.put(target.href, response);
  } catch {
    // Offline or gone: nothing to remember.
  }
}
