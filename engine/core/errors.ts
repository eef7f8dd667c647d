import { MAX_EXCERPT_CHARS } from './limits.ts';

/** Characters that would break a one-line message or hide text: escaped as \uXXXX. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with characters that would break a one-line message (or hide text) escaped as \\uXXXX. */
export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A short, escaped, one-line excerpt of any value for an error message: at most
 * `MAX_EXCERPT_CHARS` characters of it (and its size when cut), never the whole of a huge or
 * deeply nested value. Walks at most a few levels and a few dozen items, so it costs O(1).
 */
export function excerpt(value: unknown, max = MAX_EXCERPT_CHARS): string {
  let out = '';
  let cut = false;
  const add = (text: string): boolean => {
    if (out.length + text.length > max) {
      out += text.slice(0, Math.max(0, max - out.length));
      cut = true;
      return false;
    }
    out += text;
    return true;
  };
  const walk = (v: unknown, depth: number): boolean => {
    if (typeof v === 'string') {
      // Escape only the part that can show: a 50 MB string costs no more than a short one.
      return add(escapeUnsafe(JSON.stringify(v.slice(0, max + 1))));
    }
    if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint')
      return add(String(v));
    if (v === null) return add('null');
    if (v === undefined) return add('undefined');
    if (typeof v === 'function') return add('a function');
    if (typeof v === 'symbol') return add('a symbol');
    if (depth >= 3) return add(Array.isArray(v) ? '[…]' : '{…}');
    if (Array.isArray(v)) {
      if (!add('[')) return false;
      for (let i = 0; i < v.length; i++) {
        if (i > 0 && !add(',')) return false;
        if (!walk(v[i], depth + 1)) return false;
      }
      return add(']');
    }
    if (!add('{')) return false;
    let first = true;
    for (const k in v) {
      if (!Object.hasOwn(v, k)) continue;
      if (!first && !add(',')) return false;
      first = false;
      if (!add(`${escapeUnsafe(JSON.stringify(k.slice(0, max)))}:`)) return false;
      if (!walk((v as Record<string, unknown>)[k], depth + 1)) return false;
    }
    return add('}');
  };
  walk(value, 0);
  if (!cut) return out;
  const size =
    typeof value === 'string'
      ? ` (${value.length} characters)`
      : Array.isArray(value)
        ? ` (${value.length} items)`
        : '';
  return `${out}…${size}`;
}

/** Invalid configuration: `field` is the dotted path of the offending value, e.g. `servers[2].cores`. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  /** Dotted path of the field that is wrong. */
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.field = field;
  }
}

/** Bounds for a numeric configuration value. */
export interface NumberRule {
  min?: number;
  max?: number;
  /** Exclusive lower bound (e.g. a rate must be > 0). */
  above?: number;
  integer?: boolean;
  /** Allow Infinity (e.g. an unbounded queue). */
  infinite?: boolean;
}

function describeRule(rule: NumberRule): string {
  const parts: string[] = [];
  if (rule.above !== undefined) parts.push(`> ${rule.above}`);
  if (rule.min !== undefined) parts.push(`>= ${rule.min}`);
  if (rule.max !== undefined) parts.push(`<= ${rule.max}`);
  const kind = rule.integer ? 'an integer' : 'a number';
  const range = parts.length > 0 ? ` ${parts.join(' and ')}` : '';
  return `${kind}${range}${rule.infinite ? ' (or Infinity)' : ''}`;
}

/** Check a required number against `rule`; throws `ConfigError` naming `field` and the allowed range. */
export function checkNumber(value: unknown, field: string, rule: NumberRule = {}): number {
  const ok =
    typeof value === 'number' &&
    !Number.isNaN(value) &&
    (Number.isFinite(value) || (rule.infinite === true && value === Infinity)) &&
    (!rule.integer || !Number.isFinite(value) || Number.isInteger(value)) &&
    (rule.min === undefined || value >= rule.min) &&
    (rule.max === undefined || value <= rule.max) &&
    (rule.above === undefined || value > rule.above);
  if (!ok) {
    throw new ConfigError(field, `must be ${describeRule(rule)}, got ${excerpt(value)}`);
  }
  return value;
}

/** Like `checkNumber`, but `undefined` yields `fallback`. */
export function optNumber(
  value: unknown,
  field: string,
  fallback: number,
  rule: NumberRule = {},
): number {
  return value === undefined ? fallback : checkNumber(value, field, rule);
}

/** Check that `value` is one of `allowed`; throws `ConfigError` listing them. */
export function checkOneOf<T extends string>(
  value: unknown,
  field: string,
  allowed: readonly T[],
): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(
      field,
      `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${excerpt(value)}`,
    );
  }
  return value as T;
}

/** Check that `value` is a plain object (not null, not an array). */
export function checkObject(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(field, `must be an object, got ${excerpt(value)}`);
  }
  return value as Record<string, unknown>;
}

/** Check that `value` is an array. */
export function checkArray(value: unknown, field: string, minLength = 0): unknown[] {
  if (!Array.isArray(value) || value.length < minLength) {
    throw new ConfigError(
      field,
      `must be an array${minLength > 0 ? ` with at least ${minLength} item(s)` : ''}`,
    );
  }
  return value as unknown[];
}

/** Reject keys not in `allowed` (catches typos such as `queuecapacity`), naming the field. */
export function checkKeys(
  o: Record<string, unknown>,
  field: string,
  allowed: readonly string[],
): void {
  for (const key of Object.keys(o)) {
    if (!allowed.includes(key)) {
      const at = field === '' ? key : `${field}.${key}`;
      throw new ConfigError(at, `unknown field; expected one of ${allowed.join(', ')}`);
    }
  }
}
