/** esbuild options for learner code, shared by the browser compiler and the Node tests. */
import type { TransformOptions } from 'esbuild-wasm/esm/browser.js';

/** The file name errors and source maps use for the learner's code. */
export const LEARNER_SOURCE_NAME = 'exercise.ts';

export const LEARNER_TRANSFORM_OPTIONS = {
  loader: 'ts',
  // CommonJS turns `import … from 'archlab'` into require('archlab'), which the sandbox answers.
  format: 'cjs',
  target: 'es2022',
  // `import('…')` becomes require('…') too, so remote imports meet the same refusal.
  supported: { 'dynamic-import': false },
  sourcemap: 'external',
  sourcefile: LEARNER_SOURCE_NAME,
  logLevel: 'silent',
} as const satisfies TransformOptions;
