// @ts-check
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'public/',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  ...astro.configs.recommended,
  {
    files: ['**/*.astro'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Starters are deliberately unfinished: parameters the learner has yet to use are the point.
    // They are outside tsconfig (see tests/unit/exercise-types.test.ts), so lint them untyped.
    files: ['lessons/*/exercises/*/starter.ts'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
  {
    // The engine runs in Node, a Worker and the page: no DOM, no wall clock, no ambient randomness.
    files: ['engine/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded RNG from engine/core.' },
        { object: 'Date', property: 'now', message: 'Use the simulated clock.' },
        { object: 'performance', property: 'now', message: 'Use the simulated clock.' },
      ],
    },
  },
);
