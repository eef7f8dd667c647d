// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';

/**
 * SITE and BASE come from the environment so one build works at `/` (local, custom domain)
 * and at `/<repo>/` (GitHub Pages project site). The deploy workflow sets both.
 */
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  integrations: [mdx()],
  vite: {
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
