/**
 * The one shape every validation in the course returns (content, imported files, what the page
 * reads on load): a value, or a message a person can act on. Throwing stays for programming
 * errors and for the engine's typed errors; `unwrap` turns a failed result into one at a boundary.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; message: string };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(message: string): Result<T> {
  return { ok: false, message };
}

/** The value, or throw the message (for build-time callers, where a bad lesson must stop the build). */
export function unwrap<T>(result: Result<T>, context?: string): T {
  if (result.ok) return result.value;
  throw new Error(context ? `${context}: ${result.message}` : result.message);
}
