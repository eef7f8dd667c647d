import type { Series } from './types.ts';

/**
 * Marks a CheckFailure. A registered symbol is the same in every copy of this module and every
 * realm, so the harness recognises a failure thrown by a second copy of the engine: WebKit
 * evaluates a module Worker's entry again when a chunk imports from it, and a check loaded that way
 * throws a class that `instanceof` does not know (issue 16).
 */
const CHECK_FAILURE = Symbol.for('archlab.CheckFailure');

/** Thrown by assertion helpers; the harness turns it into a failed check with this message. */
export class CheckFailure extends Error {
  override name = 'CheckFailure';
  readonly [CHECK_FAILURE] = true;
}

/**
 * Whether `err` is a CheckFailure from any copy of the engine. Never throws, whatever was thrown
 * (a hostile proxy or getter counts as "not a check failure").
 */
export function isCheckFailure(err: unknown): err is CheckFailure {
  try {
    return (
      typeof err === 'object' &&
      err !== null &&
      (err as { [CHECK_FAILURE]?: unknown })[CHECK_FAILURE] === true
    );
  } catch {
    return false;
  }
}

/** What a check function receives besides the learner's module. */
export interface CheckContext {
  /** Add a chart to the results panel. */
  chart: (series: Series) => void;
}

/**
 * A check returns its pass message (string) or throws `CheckFailure` (via `fail`/`expect*`)
 * with the fail message. Any other exception is reported as an error in the learner's code.
 */
export type CheckFn<M> = (learner: M, ctx: CheckContext) => string | Promise<string>;

/** One named check. */
export interface CheckSpec<M> {
  /** The goal in plain words, e.g. "GET /health answers 200". */
  name: string;
  run: CheckFn<M>;
}

/** The default export of an exercise's `checks.ts`. */
export interface ExerciseChecks<M> {
  /** Named exports the learner's code must provide (checked before any check runs). */
  exports: readonly (keyof M & string)[];
  checks: readonly CheckSpec<M>[];
}

/** Declare an exercise's checks with the learner module's type (usually `typeof import('./solution')`). */
export function defineChecks<M>(spec: ExerciseChecks<M>): ExerciseChecks<M> {
  if (spec.checks.length === 0)
    throw new Error('defineChecks: an exercise needs at least one check');
  return spec;
}

/** Fail the current check with a message for the learner. */
export function fail(message: string): never {
  throw new CheckFailure(message);
}

/** Fail unless `condition` holds. */
export function expectTrue(condition: boolean, message: string): void {
  if (!condition) fail(message);
}

/** Fail unless `actual` is within `tolerance` (absolute) of `expected`. */
export function expectClose(
  actual: number,
  expected: number,
  tolerance: number,
  what: string,
): void {
  if (typeof actual !== 'number' || Number.isNaN(actual)) {
    fail(`${what}: expected a number, got ${describe(actual)}`);
  }
  if (Math.abs(actual - expected) > tolerance) {
    fail(`${what}: expected ${fmt(expected)} ± ${fmt(tolerance)}, got ${fmt(actual)}`);
  }
}

/** Fail unless `actual === expected`. */
export function expectEqual<T>(actual: T, expected: T, what: string): void {
  if (!Object.is(actual, expected)) {
    fail(`${what}: expected ${describe(expected)}, got ${describe(actual)}`);
  }
}

/** Short, safe description of any value for a check message (never throws). */
export function describe(value: unknown): string {
  try {
    if (typeof value === 'string')
      return JSON.stringify(value.length > 80 ? value.slice(0, 80) + '…' : value);
    if (typeof value === 'number') return fmt(value);
    if (value === undefined) return 'undefined';
    if (typeof value === 'function') return 'a function';
    const json = JSON.stringify(value);
    return json.length > 120 ? json.slice(0, 120) + '…' : json;
  } catch {
    return 'an unprintable value';
  }
}

function fmt(n: number): string {
  // Four significant digits: enough to compare, short enough to read (1e-9 stays 1e-9).
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(4)));
}
