// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { serviceWorker } from './integrations/serviceWorker/integration.ts';

/**
 * SITE and BASE come from the environment so one build works at `/` (local, custom domain)
 * and at `/<repo>/` (GitHub Pages project site). The deploy workflow sets both.
 */
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE ?? '/';

/**
 * Monaco's ESM modules import ~100 small CSS files. Astro hoists CSS imported by lazily loaded
 * modules into every page's <head> as render-blocking links (withastro/astro#9495), so reading a
 * chapter would pay for the editor. This plugin turns those imports into empty modules; the editor
 * loads Monaco's single prebuilt stylesheet itself when it opens (runner/monaco.ts).
 * @returns {import('vite').Plugin}
 */
function monacoCssWithTheEditor() {
  const STUB = '\0monaco-css-stub';
  return {
    name: 'archlab:monaco-css-with-the-editor',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source.endsWith('.css') && importer && /[\\/]monaco-editor[\\/]esm[\\/]/.test(importer)) {
        return STUB;
      }
      return null;
    },
    load(id) {
      return id === STUB ? 'export default {};' : null;
    },
  };
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  integrations: [mdx(), serviceWorker()],
  vite: {
    plugins: [monacoCssWithTheEditor()],
    build: {
      // Astro inlines small page scripts as <script type="module">…</script>, which the
      // Content-Security-Policy (components/csp.ts) would block: keep every script a same-origin
      // file. Other assets keep Vite's default rule (undefined).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
    resolve: {
      alias: {
        // Learners, checks and the site all import the engine by one name.
        archlab: fileURLToPath(new URL('./engine/index.ts', import.meta.url)),
      },
    },
    // Module workers allow code-splitting (each exercise's checks load on demand).
    worker: { format: 'es' },
  },
});
