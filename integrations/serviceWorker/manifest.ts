/**
 * The precache manifest written at build time: which built files the worker knows, which it fetches
 * at install, and a version that changes whenever any hashed asset does. Node only (build step).
 */
import { createHash } from 'node:crypto';

/** What the build hands the service worker. */
export interface Manifest {
  /** Hash of the asset list: names the caches, so a new build gets fresh ones. */
  version: string;
  /** Paths relative to the base ('offline/', '_astro/x.css') fetched at install: small on purpose. */
  precache: string[];
  /** Every hashed asset of this build ('_astro/…'): old caches' entries still listed here are kept. */
  assets: string[];
}

/** A page precached at install besides the offline page: its path under the base and its HTML. */
export interface PrecachedPage {
  path: string;
  html: string;
}

/**
 * Files (paths relative to dist, '/'-separated), the offline page's HTML and a reader for built
 * files → the manifest. The offline page is precached with its CSS, scripts and their imports, and
 * so is each of `pages` (the Review page: a learner comes back to it, maybe offline, without having
 * opened it on this device).
 */
export function buildManifest(
  files: readonly string[],
  offlineHtml: string,
  base: string,
  read: (path: string) => string,
  pages: readonly PrecachedPage[] = [],
): Manifest {
  const assets = files.filter((f) => f.startsWith('_astro/')).sort();
  const version = createHash('sha256').update(assets.join('\n')).digest('hex').slice(0, 12);
  const referenced = [offlineHtml, ...pages.map((p) => p.html)].flatMap((html) =>
    referencedAssets(html, base),
  );
  const shell = withStaticImports([...new Set(referenced)], read);
  return { version, precache: ['offline/', ...pages.map((p) => p.path), ...shell], assets };
}

/**
 * The given `_astro/` paths plus every chunk their scripts import statically (`from"./x.js"`,
 * `import"./x.js"` in Vite's output), transitively, sorted. Dynamic imports are not followed:
 * they are what loads on interaction.
 */
export function withStaticImports(
  paths: readonly string[],
  read: (path: string) => string,
): string[] {
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    if (!path.endsWith('.js')) return;
    for (const m of read(path).matchAll(/(?:\bfrom|\bimport)\s*"\.\/([^"]+\.js)"/g)) {
      visit(`_astro/${m[1]!}`);
    }
  };
  paths.forEach(visit);
  return [...seen].sort();
}

/**
 * The `_astro/` assets a page's HTML references (its CSS and scripts), relative to the base,
 * without duplicates: the offline page must render with its styles when nothing else is cached.
 */
export function referencedAssets(html: string, base: string): string[] {
  const prefix = base.replace(/\/?$/, '/');
  const found = new Set<string>();
  for (const m of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
    const url = m[1]!;
    if (url.startsWith(`${prefix}_astro/`)) found.add(url.slice(prefix.length));
  }
  return [...found].sort();
}
