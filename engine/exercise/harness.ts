import { describe, isCheckFailure, type CheckFailure, type ExerciseChecks } from './define.ts';
import type { CheckResult, Series } from './types.ts';

/** What running an exercise's checks produced, before the runner adds console and timing. */
export interface HarnessOutcome {
  checks: CheckResult[];
  series: Series[];
  /** Names the learner's module should export but does not. */
  missingExports: string[];
  /** The first exception thrown by the learner's code (not a check failure), raw, for source mapping. */
  learnerError?: unknown;
}

/**
 * Run every check of an exercise against the learner's module, in order, each isolated:
 * one check throwing does not stop the others. Used identically in Node tests and in the Worker.
 */
export async function runChecks<M>(
  learner: unknown,
  spec: ExerciseChecks<M>,
): Promise<HarnessOutcome> {
  const mod = (learner ?? {}) as Record<string, unknown>;
  const missingExports = spec.exports.filter((name) => !(name in mod) || mod[name] === undefined);
  const series: Series[] = [];
  const checks: CheckResult[] = [];
  let learnerError: unknown;
  let learnerErrorSeen = false;
  if (missingExports.length > 0) {
    for (const check of spec.checks) {
      checks.push({
        name: check.name,
        passed: false,
        message: `Not run: export ${missingExports.join(', ')} first.`,
      });
    }
    return { checks, series, missingExports };
  }
  for (const check of spec.checks) {
    try {
      const message = await check.run(mod as M, { chart: (s) => series.push(s) });
      checks.push({ name: check.name, passed: true, message: String(message) });
    } catch (err) {
      // Not `instanceof`: the check may come from another copy of the engine (see isCheckFailure).
      if (isCheckFailure(err)) {
        checks.push({ name: check.name, passed: false, message: checkFailureMessage(err) });
      } else {
        if (!learnerErrorSeen) {
          learnerErrorSeen = true;
          learnerError = err;
        }
        checks.push({
          name: check.name,
          passed: false,
          message: `Your code threw: ${errorText(err)}`,
        });
      }
    }
  }
  return learnerError === undefined && !learnerErrorSeen
    ? { checks, series, missingExports }
    : { checks, series, missingExports, learnerError };
}

function checkFailureMessage(err: CheckFailure): string {
  try {
    return String(err.message);
  } catch {
    return 'The check failed.';
  }
}

/** A thrown value as one line of text, whatever was thrown (a string, undefined, a hostile object). */
export function errorText(err: unknown): string {
  try {
    if (err instanceof Error) return `${err.name}: ${err.message}`;
    if (typeof err === 'string') return err;
    return describe(err);
  } catch {
    return 'an unprintable value';
  }
}
