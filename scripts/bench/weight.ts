/**
 * Page weight from the built site (dist/), gzip: the JavaScript each page loads before any
 * interaction (its scripts and their static imports, as the browser fetches them), everything a
 * page loads before interaction (HTML, CSS, JS), and the heavy chunks that load only on intent.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { referencedAssets, withStaticImports } from '../../integrations/serviceWorker/manifest.ts';
import { figure, type Figure } from './figures.ts';

/** Weight of one page, gzip bytes. */
export interface PageWeight {
  page: string;
  jsBeforeInteraction: number;
  totalBeforeInteraction: number;
}

/** The loaded-on-intent chunks reported one by one (name pattern → label). */
const HEAVY: readonly [RegExp, string][] = [
  [/^editor\.api\..*\.js$/, 'Monaco editor API'],
  [/^ts\.worker-.*\.js$/, 'Monaco TypeScript worker'],
  [/^tsMode\..*\.js$/, 'Monaco TypeScript mode'],
  [/^editor\.worker-.*\.js$/, 'Monaco editor worker'],
  [/^editor\.main\..*\.css$/, 'Monaco CSS'],
  [/^esbuild\..*\.wasm$/, 'esbuild.wasm'],
  [/^chartjs\..*\.js$/, 'chart.js'],
];

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file)).length;
    gzipCache.set(file, size);
  }
  return size;
}

function htmlPages(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlPages(full, root);
    return name.endsWith('.html') ? [relative(root, full).split(sep).join('/')] : [];
  });
}

/** Weigh every built page and the heavy chunks; `base` is the site's base path. */
export function benchWeight(
  dist: string,
  base: string,
): { pages: PageWeight[]; figures: Figure[] } {
  if (!existsSync(dist)) throw new Error(`no ${dist}: build first (or drop --no-build)`);
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');
  const pages = htmlPages(dist)
    .sort()
    .map((page): PageWeight => {
      const html = read(page);
      const loaded = withStaticImports(referencedAssets(html, base), read);
      if (html.includes('sw-register.js')) loaded.push('sw-register.js');
      const js = loaded.filter((p) => p.endsWith('.js'));
      const sum = (paths: string[]) => paths.reduce((n, p) => n + gzipSize(join(dist, p)), 0);
      return {
        page,
        jsBeforeInteraction: sum(js),
        totalBeforeInteraction: sum(loaded) + gzipSync(html).length,
      };
    });
  const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  const heaviest = (key: 'jsBeforeInteraction' | 'totalBeforeInteraction') =>
    pages.reduce((a, b) => (b[key] > a[key] ? b : a));
  const js = heaviest('jsBeforeInteraction');
  const total = heaviest('totalBeforeInteraction');
  const assets = readdirSync(join(dist, '_astro'));
  const figures = [
    figure(
      'weight',
      `JS before interaction, heaviest page (${js.page})`,
      kb(js.jsBeforeInteraction),
      'KB gzip',
      {
        op: '<=',
        value: 40,
      },
    ),
    figure(
      'weight',
      `all before interaction, heaviest page (${total.page})`,
      kb(total.totalBeforeInteraction),
      'KB gzip',
    ),
    ...HEAVY.flatMap(([pattern, label]) => {
      const files = assets.filter((f) => pattern.test(f));
      if (files.length === 0) return [];
      const bytes = files.reduce((n, f) => n + gzipSize(join(dist, '_astro', f)), 0);
      return [figure('weight', `on intent: ${label}`, kb(bytes), 'KB gzip')];
    }),
  ];
  return { pages, figures };
}
