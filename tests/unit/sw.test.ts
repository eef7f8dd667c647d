import { describe, expect, it } from 'vitest';
import {
  buildManifest,
  referencedAssets,
  withStaticImports,
} from '../../integrations/serviceWorker/manifest.ts';
import {
  cacheNames,
  isCacheMessage,
  pageCacheKeys,
  planActivation,
  strategyFor,
} from '../../integrations/serviceWorker/policy.ts';

const scope = new URL('https://example.org/architecture-lab/');
const at = (path: string) => new URL(path, scope);

describe('service worker policy', () => {
  it('finds a chapter cached with its trailing slash from an address without it', () => {
    expect(pageCacheKeys(at('learn/servers'))).toEqual([
      'https://example.org/architecture-lab/learn/servers',
      'https://example.org/architecture-lab/learn/servers/',
    ]);
    expect(pageCacheKeys(at('learn/servers/#quiz'))).toEqual([
      'https://example.org/architecture-lab/learn/servers/',
    ]);
    expect(pageCacheKeys(at('offline/index.html'))).toEqual([
      'https://example.org/architecture-lab/offline/index.html',
    ]);
  });

  it('names both caches after the build version', () => {
    expect(cacheNames('abc123')).toEqual({
      pages: 'archlab-pages-abc123',
      assets: 'archlab-assets-abc123',
    });
  });

  it('serves hashed assets cache-first, pages and other files network-first', () => {
    expect(strategyFor(at('_astro/editor.api.Cp.js'), scope, false)).toBe('cache-first');
    expect(strategyFor(at('_astro/esbuild.Ba.wasm'), scope, false)).toBe('cache-first');
    expect(strategyFor(at('learn/servers/'), scope, true)).toBe('page');
    expect(strategyFor(at('pagefind/pagefind.js'), scope, false)).toBe('network-first');
  });

  it('leaves alone other origins, paths outside the base and its own scripts', () => {
    expect(strategyFor(new URL('https://cdn.example.com/x.js'), scope, false)).toBe('ignore');
    expect(strategyFor(new URL('https://example.org/other/'), scope, true)).toBe('ignore');
    expect(strategyFor(at('sw.js'), scope, false)).toBe('ignore');
    expect(strategyFor(at('sw-register.js'), scope, false)).toBe('ignore');
  });

  it('on activation removes other versions and carries over only their assets', () => {
    const plan = planActivation(
      [
        'archlab-pages-old',
        'archlab-assets-old',
        'archlab-pages-new',
        'archlab-assets-new',
        'someone-else',
      ],
      'new',
    );
    expect(plan).toEqual({
      migrateAssetsFrom: ['archlab-assets-old'],
      remove: ['archlab-pages-old', 'archlab-assets-old'],
    });
    expect(planActivation(['archlab-pages-new', 'archlab-assets-new'], 'new')).toEqual({
      migrateAssetsFrom: [],
      remove: [],
    });
  });

  it('accepts only well-formed cache messages', () => {
    expect(isCacheMessage({ type: 'cache', urls: ['https://example.org/a'] })).toBe(true);
    expect(isCacheMessage({ type: 'cache', urls: [1] })).toBe(false);
    expect(isCacheMessage({ type: 'other', urls: [] })).toBe(false);
    expect(isCacheMessage(null)).toBe(false);
  });
});

describe('precache manifest', () => {
  const offlineHtml =
    '<link rel="stylesheet" href="/architecture-lab/_astro/Layout.X1.css">' +
    '<script type="module" src="/architecture-lab/_astro/Theme.Y2.js"></script>' +
    '<a href="/architecture-lab/">home</a><img src="https://example.com/_astro/no.png">';
  const built: Record<string, string> = {
    '_astro/Theme.Y2.js': 'import{o as e}from"./storage.Z3.js";import"./side.W4.js";',
    '_astro/storage.Z3.js': 'import"./side.W4.js";const m=()=>import("./monaco.M5.js");',
    '_astro/side.W4.js': 'export const x=1;',
  };
  const read = (path: string) => built[path] ?? '';

  it('finds the assets a page references under the base', () => {
    expect(referencedAssets(offlineHtml, '/architecture-lab')).toEqual([
      '_astro/Layout.X1.css',
      '_astro/Theme.Y2.js',
    ]);
  });

  it('follows static imports transitively, not dynamic ones', () => {
    expect(withStaticImports(['_astro/Theme.Y2.js'], read)).toEqual([
      '_astro/Theme.Y2.js',
      '_astro/side.W4.js',
      '_astro/storage.Z3.js',
    ]);
  });

  it('precaches the offline page and its assets; the version follows the asset list', () => {
    const files = [
      'index.html',
      'offline/index.html',
      '_astro/b.js',
      '_astro/a.js',
      ...Object.keys(built),
    ];
    const m = buildManifest(files, offlineHtml, '/architecture-lab/', read);
    expect(m.precache).toEqual([
      'offline/',
      '_astro/Layout.X1.css',
      '_astro/Theme.Y2.js',
      '_astro/side.W4.js',
      '_astro/storage.Z3.js',
    ]);
    expect(m.assets).not.toContain('index.html');
    expect(m.assets).toContain('_astro/a.js');
    expect(m.version).toMatch(/^[0-9a-f]{12}$/);
    expect(
      buildManifest([...files].reverse(), offlineHtml, '/architecture-lab/', read).version,
    ).toBe(m.version);
    expect(
      buildManifest([...files, '_astro/c.js'], offlineHtml, '/architecture-lab/', read).version,
    ).not.toBe(m.version);
  });

  it('precaches extra pages (the Review page) with their assets, each asset once', () => {
    const reviewHtml =
      '<link rel="stylesheet" href="/architecture-lab/_astro/Layout.X1.css">' +
      '<script type="module" src="/architecture-lab/_astro/review.R5.js"></script>';
    const m = buildManifest(
      ['offline/index.html', 'review/index.html'],
      offlineHtml,
      '/architecture-lab/',
      read,
      [{ path: 'review/', html: reviewHtml }],
    );
    expect(m.precache.slice(0, 2)).toEqual(['offline/', 'review/']);
    expect(m.precache).toContain('_astro/review.R5.js');
    expect(m.precache.filter((p) => p === '_astro/Layout.X1.css')).toHaveLength(1);
  });
});
