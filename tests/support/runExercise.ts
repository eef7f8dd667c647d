/** Runs an exercise's checks on some source exactly as the browser does: esbuild → evaluate → checks. */
import { transform } from 'esbuild';
import type { ExerciseChecks, RunResult } from 'archlab';
import { executeRun } from '../../runner/execute.ts';
import { LEARNER_TRANSFORM_OPTIONS } from '../../runner/compileOptions.ts';

/** Compile exactly as runner/compile.ts does with esbuild-wasm. */
async function compile(source: string) {
  const out = await transform(source, LEARNER_TRANSFORM_OPTIONS);
  return { code: out.code, map: out.map };
}

/** The checks of `checksPath` run against `source` (a starter, a solution or a learner's code). */
export async function runExercise(checksPath: string, source: string): Promise<RunResult> {
  const checks = ((await import(checksPath)) as { default: ExerciseChecks<unknown> }).default;
  return executeRun(await compile(source), checks, () => performance.now());
}
