// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
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

/**
 * V8 compiles a function lazily, on its first call, on the main thread: the first chart on a page
 * paid for compiling chart.js inside one long task. This magic comment at the top of the chart.js
 * chunk asks V8 to compile all of it eagerly, which Chromium does off the main thread while the
 * file streams in (https://v8.dev/blog/explicit-compile-hints). Other browsers ignore the comment.
 * Measured with `npm run bench` (first simulation run's longest task).
 * @returns {import('vite').Plugin}
 */
function compileChartJsEagerly() {
  const HINT = '//# allFunctionsCalledOnLoad\n';
  return {
    name: 'archlab:compile-chartjs-eagerly',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.name === 'chartjs') chunk.code = HINT + chunk.code;
      }
    },
  };
}

/**
 * What goes into a Worker's shared chunk: anything but the entry module itself (`*worker.ts`), the
 * lessons' files (each exercise's checks and each simulation stay in their own chunk, loaded on
 * demand) and Monaco (its workers load nothing on demand and stay one file each).
 * (`minShareCount: 2` would not do: the bundler then leaves the engine in the entry again.)
 * @param {string} id
 */
function isSharedWorkerModule(id) {
  return (
    !/worker\.ts(?:\?|$)/.test(id) &&
    !/[\\/]lessons[\\/]/.test(id) &&
    !/[\\/]node_modules[\\/]monaco-editor[\\/]/.test(id)
  );
}

export default defineConfig({
  // Code blocks keep WCAG AA contrast in both site themes: Shiki's default (github-dark) draws
  // comments in #6A737D on #24292E, about 3:1; github-dark-default's comments reach about 6:1.
  markdown: { shikiConfig: { theme: 'github-dark-default' } },
  site,
  base,
  trailingSlash: 'ignore',
  integrations: [mdx(), serviceWorker()],
  vite: {
    plugins: [monacoCssWithTheEditor(), compileChartJsEagerly()],
    build: {
      // Astro inlines small page scripts as <script type="module">…</script>, which the
      // Content-Security-Policy (components/csp.ts) would block: keep every script a same-origin
      // file. Other assets keep Vite's default rule (undefined).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
    // Learners, checks and the site import the engine as `archlab`: declared once, as a path in
    // tsconfig.json, which Astro's Vite resolves natively (pages, Workers) and Vitest reuses.
    // Module workers allow code-splitting (each exercise's checks load on demand).
    worker: {
      format: 'es',
      rolldownOptions: {
        output: {
          // Left alone, the bundler keeps the engine in the sandbox Worker's entry chunk and every
          // checks chunk imports it back from there. WebKit then evaluates the entry a second time:
          // the sandbox's set-up ran twice and checks threw a second copy of the engine's classes
          // (issue 16). So everything but the entry itself and the lessons' own files goes into one
          // shared chunk, so no chunk imports from a Worker's entry (tests/e2e/worker-chunks.spec.ts).
          codeSplitting: {
            groups: [{ name: 'worker-shared', test: (id) => isSharedWorkerModule(id) }],
          },
        },
      },
    },
  },
});
