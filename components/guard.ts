/**
 * Validation for what a page reads on load (localStorage records, links): small guards that
 * return the course's one result shape. Not zod: zod is heavy for a page's first load, and it
 * probes `Function('')`, which the Content-Security-Policy blocks and reports. Content and
 * imported files use zod (see CONTRIBUTING.md, "Validation").
 */
import { fail, ok, type Result } from '../course/result.ts';

export { fail, ok, type Result };

/** A guard checks an unknown value and returns it typed, or a message saying what is wrong. */
export type Guard<T> = (value: unknown) => Result<T>;

export type Obj = Record<string, unknown>;

/** A plain object (not null, not an array). */
export const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** An epoch time or a duration: a finite number ≥ 0. */
export const isTime = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0;
/** A whole number ≥ 0. */
export const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
/** Any finite number. */
export const isReal = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A guard from a type predicate and the message for a value that fails it. */
export function guard<T>(is: (v: unknown) => v is T, message: string): Guard<T> {
  return (v) => (is(v) ? ok(v) : fail(message));
}

/** The type predicate of a guard, for APIs that take one. */
export function predicate<T>(check: Guard<T>): (v: unknown) => v is T {
  return (v): v is T => check(v).ok;
}

/**
 * Parse stored or linked text as JSON and check it; a message for text that is not JSON. The
 * value is the guard's (guards may rebuild it with known fields only).
 */
export function parseJson<T>(text: string, check: Guard<T>): Result<T> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('is not valid JSON');
  }
  return check(value);
}
