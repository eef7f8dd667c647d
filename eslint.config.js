// @ts-check
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';

/**
 * The layers, lowest first: `engine` ← `course` ← `runner` ← `components` ← `lessons`, with `src/`
 * (routes), `scripts/` and `tests/` on top. Each folder lists what it must not import; lint fails on
 * an arrow that runs the wrong way (tests/unit/layers.test.ts proves it does).
 * `course/` names the types lesson files export, which components define: type imports only.
 */
const LAYERS = [
  {
    folder: 'engine',
    why: 'the engine is pure TypeScript that runs in Node, a Worker and the page: it imports no layer above it, no Astro, no DOM library',
    forbidden: [
      'course',
      'runner',
      'components',
      'lessons',
      'src',
      'scripts',
      'tests',
      'integrations',
    ],
    packages: [
      'astro',
      'astro:*',
      'astro/*',
      'chart.js',
      'chart.js/*',
      'monaco-editor',
      'monaco-editor/*',
      'esbuild-wasm',
      'esbuild-wasm/*',
    ],
  },
  {
    folder: 'course',
    why: 'course/ (lesson ids, paths and the registry) sits under runner and components; it may name their types, never import their code',
    forbidden: ['runner', 'lessons', 'src', 'scripts', 'tests'],
    typesOnly: ['components'],
  },
  {
    folder: 'runner',
    why: 'runner/ sits under components: find lessons through course/, never through components/',
    forbidden: ['components', 'lessons', 'src', 'scripts', 'tests'],
  },
  {
    folder: 'components',
    why: 'components/ reach lesson files only through course/registry.ts (or course/node.ts in Node)',
    forbidden: ['lessons', 'src', 'scripts', 'tests'],
  },
  {
    folder: 'lessons',
    why: 'lessons are content: they use the engine (archlab) and components/, not the runner, routes, scripts or tests',
    forbidden: ['runner', 'src', 'scripts', 'tests'],
  },
];

// One rule block per layer: an import into a forbidden folder (relative or not) matches **/<folder>/**.
/** @type {import('eslint').Linter.Config[]} */
const layerRules = LAYERS.map(({ folder, why, forbidden, typesOnly = [], packages = [] }) => ({
  files: [`${folder}/**/*.ts`, `${folder}/**/*.astro`],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: forbidden.map((f) => `**/${f}/**`), message: `Layers: ${why}.` },
          ...(typesOnly.length > 0
            ? [
                {
                  group: typesOnly.map((f) => `**/${f}/**`),
                  message: `Layers: ${why}.`,
                  allowTypeImports: true,
                },
              ]
            : []),
          ...(packages.length > 0 ? [{ group: packages, message: `Layers: ${why}.` }] : []),
        ],
      },
    ],
  },
}));

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
  ...layerRules,
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
