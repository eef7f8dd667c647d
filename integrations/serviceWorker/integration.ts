/**
 * Astro integration: after `astro build`, writes `<dist>/sw.js` (the offline service worker, with
 * this build's manifest inlined) and `<dist>/sw-register.js` (the tiny script Layout.astro loads in
 * production). Runs after every other file is written, so the manifest lists the real hashed names.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { buildManifest } from './manifest.ts';

function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory()
      ? listFiles(full, root)
      : [relative(root, full).split(sep).join('/')];
  });
}

/** The service-worker integration for astro.config. */
export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'archlab:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const offlineHtml = readFileSync(join(out, 'offline', 'index.html'), 'utf8');
        const files = listFiles(out);
        // The Review page carries every question in its HTML, so it works offline once precached.
        const pages = files.includes('review/index.html')
          ? [{ path: 'review/', html: readFileSync(join(out, 'review', 'index.html'), 'utf8') }]
          : [];
        const manifest = buildManifest(
          files,
          offlineHtml,
          base,
          (path) => readFileSync(join(out, path), 'utf8'),
          pages,
        );
        const common = {
          bundle: true,
          minify: true,
          format: 'iife',
          target: 'es2022',
          logLevel: 'warning',
        } as const;
        await build({
          ...common,
          entryPoints: [fileURLToPath(new URL('./sw.ts', import.meta.url))],
          outfile: join(out, 'sw.js'),
          define: { __SW_MANIFEST__: JSON.stringify(manifest) },
        });
        await build({
          ...common,
          entryPoints: [
            fileURLToPath(new URL('../../components/registerServiceWorker.ts', import.meta.url)),
          ],
          outfile: join(out, 'sw-register.js'),
          define: { __SW_BASE__: JSON.stringify(base) },
        });
        logger.info(
          `sw.js: version ${manifest.version}, ${manifest.precache.length} precached, ` +
            `${manifest.assets.length} assets known`,
        );
      },
    },
  };
}
