/**
 * The one door to localStorage. Keys are namespaced and versioned (`archlab:v1:…`) so a new site
 * version can migrate a learner's data instead of wiping it. Storage that is missing (private
 * mode), full, or holding corrupt JSON never throws: callers get a fallback and a notice event.
 */
import { parseJson, type Guard, type Result } from './guard.ts';

const NAMESPACE = 'archlab';
/** Bump only with a migration in `migrate()`; old keys are read, converted, never deleted blindly. */
export const STORAGE_VERSION = 1;

/** Event fired on `window` when storage could not be used; the page shows `detail.message`. */
export const STORAGE_NOTICE_EVENT = 'archlab:storage-notice';

/** Full key for a logical name, e.g. `code:servers/route-requests` → `archlab:v1:code:servers/route-requests`. */
export function storageKey(name: string): string {
  return `${NAMESPACE}:v${STORAGE_VERSION}:${name}`;
}

let probed: { storage: Storage | undefined } | undefined;

function store(): Storage | undefined {
  // Probe once per page: every write fires a `storage` event in the site's other tabs, so probing
  // on each read would make two open tabs answer each other's events forever.
  probed ??= { storage: probe() };
  return probed.storage;
}

function probe(): Storage | undefined {
  try {
    const s = globalThis.localStorage;
    // Accessing localStorage can throw (blocked cookies); a probe write catches read-only modes.
    const key = `${NAMESPACE}:probe`;
    s.setItem(key, '1');
    s.removeItem(key);
    return s;
  } catch {
    return undefined;
  }
}

let latest: string | undefined;

function notice(message: string): void {
  if (typeof window === 'undefined') return;
  latest = message;
  window.dispatchEvent(new CustomEvent(STORAGE_NOTICE_EVENT, { detail: { message } }));
}

/**
 * The last notice sent on this page. Page scripts start in document order, so the notice box (at
 * the end of the body) may start listening after an earlier script already reported a problem.
 */
export function latestNotice(): string | undefined {
  return latest;
}

/** True when this browser lets the site keep progress and code. */
export function storageAvailable(): boolean {
  return store() !== undefined;
}

/** Read a raw string, or undefined when absent or unavailable. */
export function readText(name: string): string | undefined {
  return store()?.getItem(storageKey(name)) ?? undefined;
}

/** Write a raw string; returns false (and fires a notice) when it could not be saved. */
export function writeText(name: string, value: string): boolean {
  const s = store();
  if (!s) {
    notice('This browser is not saving progress (private mode or storage blocked).');
    return false;
  }
  try {
    s.setItem(storageKey(name), value);
    return true;
  } catch {
    notice('Browser storage is full: your latest changes are not saved. Export your progress.');
    return false;
  }
}

/**
 * Read JSON checked by a guard (components/guard.ts); corrupt or unexpected data is ignored with a
 * notice saying what was wrong. A bare type predicate is still accepted (its failure says less).
 */
export function readJson<T>(
  name: string,
  check: Guard<T> | ((v: unknown) => v is T),
): T | undefined {
  const raw = readText(name);
  if (raw === undefined) return undefined;
  const read = parseJson(raw, (v): Result<T> => {
    const r = check(v);
    if (typeof r !== 'boolean') return r;
    return r ? { ok: true, value: v as T } : { ok: false, message: 'has an unexpected shape' };
  });
  if (read.ok) return read.value;
  notice(`Some saved data (${name}) was unreadable (it ${read.message}) and has been ignored.`);
  return undefined;
}

/** Write JSON; false when it could not be saved. */
export function writeJson(name: string, value: unknown): boolean {
  return writeText(name, JSON.stringify(value));
}

/** Remove a key (ignored when storage is unavailable). */
export function remove(name: string): void {
  store()?.removeItem(storageKey(name));
}
