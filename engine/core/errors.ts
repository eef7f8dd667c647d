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
    const got = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? 'undefined');
    throw new ConfigError(field, `must be ${describeRule(rule)}, got ${got}`);
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
      `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${JSON.stringify(value) ?? 'undefined'}`,
    );
  }
  return value as T;
}

/** Check that `value` is a plain object (not null, not an array). */
export function checkObject(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(field, `must be an object, got ${JSON.stringify(value) ?? 'undefined'}`);
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
