/**
 * One run, start to finish, once the learner's code is compiled: evaluate it with a capturing
 * console, run the exercise's checks, and turn whatever happened into a `RunResult`.
 * Pure of any Worker or DOM detail, so the unit tests run exactly this code in Node.
 */
import * as archlab from 'archlab';
import { errorText, runChecks, type ExerciseChecks, type RunError, type RunResult } from 'archlab';
import { classifyThrown, explainThrown } from './classify.ts';
import { captureConsole } from './console.ts';
import {
  evaluateLearnerModule,
  ImportRefused,
  learnerLineOffset,
  positionInLearnerFile,
} from './evaluate.ts';
import { originalPosition } from './sourcemap.ts';

/** The modules learner code may import. */
export const LEARNER_MODULES = { archlab } as const;

/** Compiled learner code and its source map. */
export interface CompiledCode {
  code: string;
  map: string;
}

/** Where a thrown value came from in the learner's source, if the stack says. */
export function learnerPosition(err: unknown, map: string): RunError['position'] {
  const generated = positionInLearnerFile(err);
  if (!generated) return undefined;
  return originalPosition(map, {
    line: generated.line - learnerLineOffset(),
    column: generated.column,
  });
}

function runtimeError(err: unknown, map: string, prefix: string): RunError {
  const position = learnerPosition(err, map);
  const where = position ? ` (line ${position.line})` : '';
  const kind = classifyThrown(err);
  // A stack overflow or an allocation failure is explained, not shown as V8's bare RangeError.
  const message =
    kind === 'other'
      ? `${prefix}${where}: ${errorText(err)}`
      : `${explainThrown(kind, where)} (${errorText(err)})`;
  return position ? { kind: 'runtime', message, position } : { kind: 'runtime', message };
}

/** Evaluate compiled learner code and run the checks; never throws. */
export async function executeRun(
  compiled: CompiledCode,
  checks: ExerciseChecks<unknown>,
  clock: () => number,
): Promise<RunResult> {
  const started = clock();
  const captured = captureConsole();
  const finish = (
    partial: Pick<RunResult, 'checks' | 'series'> & { error?: RunError },
  ): RunResult => ({
    ...partial,
    console: captured.lines,
    consoleHidden: captured.hidden(),
    durationMs: Math.round(clock() - started),
  });

  let learner: unknown;
  try {
    learner = evaluateLearnerModule(compiled.code, LEARNER_MODULES, captured.console);
  } catch (err) {
    const error =
      err instanceof ImportRefused
        ? ({ kind: 'runtime', message: err.message } satisfies RunError)
        : runtimeError(err, compiled.map, 'Your code threw while loading');
    return finish({
      checks: notRun(checks, 'Not run: your code did not load.'),
      series: [],
      error,
    });
  }

  const outcome = await runChecks(learner, checks);
  if (outcome.missingExports.length > 0) {
    const names = outcome.missingExports.map((n) => `\`${n}\``).join(', ');
    return finish({
      checks: outcome.checks,
      series: [],
      error: {
        kind: 'missing-export',
        message: `Your code must export ${names} (e.g. \`export function …\`).`,
      },
    });
  }
  if ('learnerError' in outcome) {
    return finish({
      checks: outcome.checks,
      series: outcome.series,
      error: runtimeError(outcome.learnerError, compiled.map, 'Your code threw'),
    });
  }
  return finish({ checks: outcome.checks, series: outcome.series });
}

function notRun(checks: ExerciseChecks<unknown>, message: string): RunResult['checks'] {
  return checks.checks.map((c) => ({ name: c.name, passed: false, message }));
}
