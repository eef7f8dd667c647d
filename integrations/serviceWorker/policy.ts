/**
 * The service worker's pure decisions, kept apart from the worker so Vitest can test them:
 * cache names per build version, which strategy a request gets, and what happens to old caches.
 */

/** Every cache this site owns starts with this, so activation never touches anyone else's. */
export const CACHE_PREFIX = 'archlab-';

/** The two caches of one site version. */
export interface CacheNames {
  /** HTML pages (network-first) and the offline page. */
  pages: string;
  /** Hashed build assets under `_astro/` (cache-first: a hashed name never changes content). */
  assets: string;
}

/** Cache names for a build version (the hash of the build's asset list). */
export function cacheNames(version: string): CacheNames {
  return { pages: `${CACHE_PREFIX}pages-${version}`, assets: `${CACHE_PREFIX}assets-${version}` };
}

/** How the worker answers a request: from the cache first, the network first, or not at all. */
export type Strategy = 'cache-first' | 'network-first' | 'page' | 'ignore';

/**
 * The strategy for a GET request to `url` from a site served at `scope` (absolute, ending in '/').
 * Hashed assets are immutable, so cache-first; pages go to the network first so a new site version
 * is seen online, with the cached copy (or the offline page) when the network fails.
 */
export function strategyFor(url: URL, scope: URL, isNavigation: boolean): Strategy {
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return 'ignore';
  if (isNavigation) return 'page';
  if (url.pathname.startsWith(`${scope.pathname}_astro/`)) return 'cache-first';
  // The worker itself and its registration script must always come fresh from the network.
  const rest = url.pathname.slice(scope.pathname.length);
  if (rest === 'sw.js' || rest === 'sw-register.js') return 'ignore';
  return 'network-first';
}

/**
 * The cache keys that may hold the page at `url`, best first. Pages are cached under the address
 * they were loaded from, with their trailing slash (`/learn/servers/`); a link or a typed address
 * without it (`/learn/servers`) must find the same copy offline, where no server redirects it.
 */
export function pageCacheKeys(url: URL): string[] {
  const exact = new URL(url);
  exact.hash = '';
  const keys = [exact.href];
  const last = exact.pathname.slice(exact.pathname.lastIndexOf('/') + 1);
  if (last !== '' && !last.includes('.')) {
    const slashed = new URL(exact);
    slashed.pathname += '/';
    keys.push(slashed.href);
  }
  return keys;
}

/** What activation does with the caches it finds. */
export interface ActivationPlan {
  /** Old asset caches whose still-listed entries move into the new assets cache. */
  migrateAssetsFrom: string[];
  /** Caches of other versions, deleted once migrated. */
  remove: string[];
}

/**
 * Old versions' caches are deleted; hashed assets the new build still lists (esbuild.wasm is
 * 14 MB and rarely changes) are carried over first. Old pages are not: they name old assets.
 */
export function planActivation(existing: readonly string[], version: string): ActivationPlan {
  const current = cacheNames(version);
  const old = existing.filter(
    (name) => name.startsWith(CACHE_PREFIX) && name !== current.pages && name !== current.assets,
  );
  return {
    migrateAssetsFrom: old.filter((name) => name.startsWith(`${CACHE_PREFIX}assets-`)),
    remove: old,
  };
}

/** Messages the page sends the worker. */
export interface CacheMessage {
  type: 'cache';
  /** Absolute URLs the page fetched before the worker controlled it. */
  urls: string[];
}

/** True for a well-formed CacheMessage (messages come from any page script: check the shape). */
export function isCacheMessage(data: unknown): data is CacheMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as { type?: unknown; urls?: unknown };
  return m.type === 'cache' && Array.isArray(m.urls) && m.urls.every((u) => typeof u === 'string');
}
