/**
 * One table per spec: each field's check and default written once (planck's `DEFAULTS` idea).
 * The table is typed against the spec's interface (a field added to the interface without a table
 * entry fails to compile) and against its filled-in config, and the list of allowed keys is the
 * table's keys — so the interface, the keys and the checks cannot drift apart.
 */
import { ConfigError, checkObject } from './errors.ts';

/** Reads another field's checked value (checked on first use), for defaults that depend on it. */
export type FieldGetter<Config> = <K extends keyof Config>(key: K) => Config[K];

/**
 * Check one field: `value` is the raw value (undefined when absent), `at` its dotted path. Returns
 * the checked value with its default filled in; throws `ConfigError` naming `at`.
 */
export type FieldCheck<Config, T, Ctx> = (
  value: unknown,
  at: string,
  get: FieldGetter<Config>,
  ctx: Ctx,
) => T;

/**
 * The table of a spec: one check per field of `Spec`, in the order they are checked. Fields that
 * the config keeps must return the config's type for that field; the others (e.g. a label) may
 * return anything.
 */
export type SpecTable<Spec, Config, Ctx = undefined> = {
  [K in keyof Spec]-?: FieldCheck<Config, K extends keyof Config ? Config[K] : unknown, Ctx>;
};

/**
 * Validate `value` against `table`: an object with only the table's keys, each field checked in
 * table order. Fields of the table not in `Config` are checked and then left out by the caller's
 * type (they stay on the returned object).
 */
export function checkSpec<Spec, Config, Ctx = undefined>(
  value: unknown,
  field: string,
  table: SpecTable<Spec, Config, Ctx>,
  ctx: Ctx,
): Config {
  const o = checkObject(value, field === '' ? 'scenario' : field);
  const keys = Object.keys(table);
  for (const key of Object.keys(o)) {
    if (!Object.hasOwn(table, key)) {
      const at = field === '' ? key : `${field}.${key}`;
      throw new ConfigError(at, `unknown field; expected one of ${keys.join(', ')}`);
    }
  }
  const out: Record<string, unknown> = {};
  const checking = new Set<string>();
  const checks = table as unknown as Record<string, FieldCheck<Config, unknown, Ctx>>;
  const get = <K extends keyof Config>(key: K): Config[K] => {
    const k = key as string;
    if (Object.hasOwn(out, k)) return out[k] as Config[K];
    // A cycle is a bug in the table, not in the scenario.
    if (checking.has(k))
      throw new Error(`spec table of ${field}: default of '${k}' depends on itself`);
    checking.add(k);
    const at = field === '' ? k : `${field}.${k}`;
    const v = checks[k]!(Object.hasOwn(o, k) ? o[k] : undefined, at, get, ctx);
    out[k] = v;
    return v as Config[K];
  };
  for (const key of keys) get(key as keyof Config);
  return out as Config;
}
