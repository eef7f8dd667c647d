import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: { archlab: fileURLToPath(new URL('./engine/index.ts', import.meta.url)) },
  },
  test: {
    // Playwright's *.spec.ts live in tests/e2e and must not be collected here.
    include: ['tests/unit/**/*.test.ts', 'engine/**/*.test.ts'],
    testTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
