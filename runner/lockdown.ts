/**
 * Harden the sandbox Worker before any learner code runs, so learner code cannot change what the
 * checks compute (e.g. `Object.is = () => true` would make every equality check pass) and cannot
 * reach the network. Intrinsics are frozen and global bindings made read-only: a learner's
 * assignment to them throws a TypeError that names the property, shown as a runtime error.
 */

/** Globals whose objects (and prototypes) the checks rely on. */
const INTRINSICS = [
  'Object',
  'Function',
  'Array',
  'Number',
  'String',
  'Boolean',
  'Symbol',
  'BigInt',
  'Math',
  'JSON',
  'Date',
  'RegExp',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'Promise',
  'Reflect',
  'Proxy',
  'Error',
  'TypeError',
  'RangeError',
  'SyntaxError',
  'ReferenceError',
  'Int32Array',
  'Uint32Array',
  'Float64Array',
  'Uint8Array',
  'ArrayBuffer',
  'Intl',
] as const;

const NO_NETWORK =
  'is not available in exercises: code runs in a sandbox with no network. Use the engine’s simulated services instead.';

/** Ways out of the sandbox, each refused with a message that says why. */
const BLOCKED: Record<string, string> = {
  fetch: NO_NETWORK,
  importScripts: NO_NETWORK,
  XMLHttpRequest: NO_NETWORK,
  WebSocket: NO_NETWORK,
  EventSource: NO_NETWORK,
  Worker: 'is not available in exercises: the sandbox runs one Worker, yours.',
  SharedWorker: 'is not available in exercises: the sandbox runs one Worker, yours.',
  close: 'is not available in exercises: the sandbox closes itself when your run ends.',
};

/** Thrown when learner code uses something the sandbox refuses. */
export class SandboxRefused extends Error {
  override name = 'SandboxRefused';
}

function freezeDeep(value: unknown, seen: Set<unknown>): void {
  if (
    (typeof value !== 'object' && typeof value !== 'function') ||
    value === null ||
    seen.has(value)
  )
    return;
  seen.add(value);
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) {
    const desc = Object.getOwnPropertyDescriptor(value, key);
    if (desc && 'value' in desc) freezeDeep(desc.value, seen);
  }
  freezeDeep(Object.getPrototypeOf(value), seen);
}

/** Freeze everything a module exports (and what it reaches), e.g. the engine's classes. */
export function freezeExports(namespace: Record<string, unknown>): void {
  const seen = new Set<unknown>();
  for (const key of Object.keys(namespace)) freezeDeep(namespace[key], seen);
}

/** Apply the lockdown to `scope` (the Worker's global object). Idempotent. */
export function lockDown(scope: typeof globalThis): void {
  if ((scope as { __archlabLocked?: boolean }).__archlabLocked) return;
  for (const [name, why] of Object.entries(BLOCKED)) {
    if (!(name in scope)) continue;
    const refuse = function () {
      throw new SandboxRefused(`${name}() ${why}`);
    };
    Object.defineProperty(scope, name, { value: refuse, writable: false, configurable: false });
  }
  const seen = new Set<unknown>();
  for (const name of INTRINSICS) {
    const value = (scope as unknown as Record<string, unknown>)[name];
    if (value === undefined) continue;
    freezeDeep(value, seen);
    Object.defineProperty(scope, name, { value, writable: false, configurable: false });
  }
  Object.defineProperty(scope, '__archlabLocked', { value: true });
}
