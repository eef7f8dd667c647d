/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Vitest runs on Astro's own Vite config (astro.config.mjs), so the `archlab` alias and every
// resolve rule are declared once, there, and tests resolve modules exactly as the site does.
export default getViteConfig({
  test: {
    // Playwright's *.spec.ts live in tests/e2e and must not be collected here.
    include: ['tests/unit/**/*.test.ts', 'engine/**/*.test.ts'],
    testTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
