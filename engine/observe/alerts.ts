import {
  ConfigError,
  checkArray,
  checkNumber,
  checkObject,
  checkOneOf,
  optNumber,
} from '../core/errors.ts';

/** How values in a window are combined. */
export type Aggregate = 'avg' | 'max' | 'min' | 'sum' | 'last';

/** Read access to the scraped metrics, for alert conditions (a learner's rule gets this). */
export interface AlertQuery {
  /** Evaluation time, ms. */
  readonly now: number;
  /** Aggregate of a series metric over the last `windowMs` (NaN when it has no data). */
  over(metric: string, windowMs: number, aggregate?: Aggregate): number;
  /** Fraction of requests that failed (dropped or errors) over the last `windowMs` (0 with no traffic). */
  errorRatio(windowMs: number): number;
}

/** A condition a learner writes: true while something is wrong. */
export type AlertConditionFn = (q: AlertQuery) => boolean;

/** Prometheus-style timing shared by every rule. */
interface RuleTiming {
  /** Rule name, shown in notifications. */
  name: string;
  /** The condition must hold this long before the alert fires (pending meanwhile), ms (default 0). */
  forMs?: number;
  /** Keep firing this long after the condition clears (Prometheus keep_firing_for), ms (default 0). */
  keepFiringForMs?: number;
  /** Free-form label, e.g. 'page' or 'ticket' (default 'page'). */
  severity?: string;
}

/** Fire when `aggregate(metric over windowMs) op threshold`, e.g. p95 latency > 500 ms. */
export interface ThresholdRuleSpec extends RuleTiming {
  kind?: 'threshold';
  /** Series metric: an overall name ('errorRate', 'latencyP95Ms', …) or 'servers.<name>.<metric>'. */
  metric: string;
  /** Window, ms (default one series bucket). */
  windowMs?: number;
  /** Default 'avg'. */
  aggregate?: Aggregate;
  op: '>' | '>=' | '<' | '<=';
  threshold: number;
}

/** One window pair of a multi-window burn-rate rule (Google SRE workbook, ch. 5). */
export interface BurnWindow {
  longMs: number;
  shortMs: number;
  /** Burn-rate factor: 14.4 spends 2% of a 30-day budget in one hour. */
  factor: number;
}

/** Fire when the error budget of an SLO burns too fast over a long and a short window. */
export interface BurnRateRuleSpec extends RuleTiming {
  kind: 'burn-rate';
  /** Target success ratio, e.g. 0.99. */
  objective: number;
  /** Default: [{1 h, 5 min, 14.4}, {6 h, 30 min, 6}]. */
  windows?: BurnWindow[];
}

/** A rule whose condition is a function (a learner's slot). */
export interface FunctionRuleSpec extends RuleTiming {
  kind: 'function';
  condition: AlertConditionFn;
}

/** An alert rule as data (or with a function condition). */
export type AlertRuleSpec = ThresholdRuleSpec | BurnRateRuleSpec | FunctionRuleSpec;

/** State of an alert (Prometheus: inactive → pending → firing). */
export type AlertState = 'inactive' | 'pending' | 'firing';

/** A state change of one alert. */
export interface AlertTransition {
  tMs: number;
  alert: string;
  from: AlertState;
  to: AlertState;
  /** The rule's value at that evaluation. */
  value: number;
}

/** A message sent to developers. */
export interface Notification {
  tMs: number;
  alert: string;
  kind: 'firing' | 'resolved';
  severity: string;
  message: string;
}

/** Alerts over a run, as plain data. */
export interface AlertsResult {
  /** Every state change, in time order. */
  transitions: AlertTransition[];
  /** Firing and resolved notifications, in time order. */
  notifications: Notification[];
  /** Times each alert fired. */
  fired: Record<string, number>;
}

interface CompiledRule {
  name: string;
  forMs: number;
  keepFiringForMs: number;
  severity: string;
  describe: string;
  eval(q: AlertQuery): { active: boolean; value: number };
  state: AlertState;
  activeSince: number;
  lastActive: number;
}

const defaultBurnWindows: BurnWindow[] = [
  { longMs: 3_600_000, shortMs: 300_000, factor: 14.4 },
  { longMs: 21_600_000, shortMs: 1_800_000, factor: 6 },
];

function compare(op: ThresholdRuleSpec['op'], a: number, b: number): boolean {
  if (Number.isNaN(a)) return false;
  return op === '>' ? a > b : op === '>=' ? a >= b : op === '<' ? a < b : a <= b;
}

/** Validate alert rules; throws `ConfigError` naming the field. */
export function checkAlerts(value: unknown, field = 'alerts'): AlertRuleSpec[] {
  return checkArray(value, field).map((v, i) => {
    const f = `${field}[${i}]`;
    const o = checkObject(v, f);
    if (typeof o['name'] !== 'string' || o['name'] === '')
      throw new ConfigError(`${f}.name`, 'must be a non-empty string');
    const timing = {
      name: o['name'],
      forMs: optNumber(o['forMs'], `${f}.forMs`, 0, { min: 0 }),
      keepFiringForMs: optNumber(o['keepFiringForMs'], `${f}.keepFiringForMs`, 0, { min: 0 }),
      severity: typeof o['severity'] === 'string' ? o['severity'] : 'page',
    };
    const kind =
      o['kind'] === undefined
        ? 'threshold'
        : checkOneOf(o['kind'], `${f}.kind`, ['threshold', 'burn-rate', 'function'] as const);
    if (kind === 'function') {
      if (typeof o['condition'] !== 'function')
        throw new ConfigError(`${f}.condition`, 'must be a function (q) => boolean');
      return { ...timing, kind, condition: o['condition'] as AlertConditionFn };
    }
    if (kind === 'burn-rate') {
      const windows =
        o['windows'] === undefined
          ? defaultBurnWindows
          : checkArray(o['windows'], `${f}.windows`, 1).map((w, j) => {
              const wo = checkObject(w, `${f}.windows[${j}]`);
              return {
                longMs: checkNumber(wo['longMs'], `${f}.windows[${j}].longMs`, { above: 0 }),
                shortMs: checkNumber(wo['shortMs'], `${f}.windows[${j}].shortMs`, { above: 0 }),
                factor: checkNumber(wo['factor'], `${f}.windows[${j}].factor`, { above: 0 }),
              };
            });
      return {
        ...timing,
        kind,
        objective: checkNumber(o['objective'], `${f}.objective`, { above: 0, max: 0.999999 }),
        windows,
      };
    }
    if (typeof o['metric'] !== 'string' || o['metric'] === '')
      throw new ConfigError(`${f}.metric`, 'must be a series metric name, e.g. "errorRate"');
    const spec: ThresholdRuleSpec = {
      ...timing,
      kind,
      metric: o['metric'],
      op: checkOneOf(o['op'], `${f}.op`, ['>', '>=', '<', '<='] as const),
      threshold: checkNumber(o['threshold'], `${f}.threshold`),
      aggregate:
        o['aggregate'] === undefined
          ? 'avg'
          : checkOneOf(o['aggregate'], `${f}.aggregate`, [
              'avg',
              'max',
              'min',
              'sum',
              'last',
            ] as const),
    };
    if (o['windowMs'] !== undefined)
      spec.windowMs = checkNumber(o['windowMs'], `${f}.windowMs`, { above: 0 });
    return spec;
  });
}

/**
 * Evaluates rules at every scrape with Prometheus semantics: a true condition makes the alert
 * pending; it fires once it has been pending for `forMs`; when the condition clears (after
 * `keepFiringForMs`) it resolves. Firing and resolving send notifications.
 */
export class AlertManager {
  readonly transitions: AlertTransition[] = [];
  readonly notifications: Notification[] = [];
  private readonly rules: CompiledRule[];

  constructor(specs: readonly AlertRuleSpec[], defaultWindowMs: number) {
    this.rules = specs.map((s) => {
      const base = {
        name: s.name,
        forMs: s.forMs ?? 0,
        keepFiringForMs: s.keepFiringForMs ?? 0,
        severity: s.severity ?? 'page',
        state: 'inactive' as AlertState,
        activeSince: 0,
        lastActive: -Infinity,
      };
      if (s.kind === 'function') {
        const fn = s.condition;
        return {
          ...base,
          describe: 'custom condition',
          eval: (q: AlertQuery) => ({ active: fn(q) === true, value: NaN }),
        };
      }
      if (s.kind === 'burn-rate') {
        const budget = 1 - s.objective;
        const windows = s.windows ?? defaultBurnWindows;
        return {
          ...base,
          describe: `error budget of a ${(s.objective * 100).toFixed(2)}% SLO burning too fast`,
          eval: (q: AlertQuery) => {
            let value = NaN;
            for (const w of windows) {
              const long = q.errorRatio(w.longMs) / budget;
              const short = q.errorRatio(w.shortMs) / budget;
              if (Number.isNaN(value)) value = long;
              if (long > w.factor && short > w.factor) return { active: true, value: long };
            }
            return { active: false, value };
          },
        };
      }
      const windowMs = s.windowMs ?? defaultWindowMs;
      const agg = s.aggregate ?? 'avg';
      return {
        ...base,
        describe: `${agg} ${s.metric} over ${windowMs} ms ${s.op} ${s.threshold}`,
        eval: (q: AlertQuery) => {
          const value = q.over(s.metric, windowMs, agg);
          return { active: compare(s.op, value, s.threshold), value };
        },
      };
    });
  }

  /** Evaluate every rule at `q.now`. */
  evaluate(q: AlertQuery): void {
    const now = q.now;
    for (const r of this.rules) {
      const { active, value } = r.eval(q);
      if (active) r.lastActive = now;
      const from = r.state;
      let to: AlertState = from;
      if (active) {
        if (from === 'inactive') {
          r.activeSince = now;
          to = r.forMs === 0 ? 'firing' : 'pending';
        } else if (from === 'pending' && now - r.activeSince >= r.forMs) {
          to = 'firing';
        }
      } else if (from === 'pending') {
        to = 'inactive';
      } else if (from === 'firing' && now - r.lastActive >= r.keepFiringForMs) {
        to = 'inactive';
      }
      if (to === from) continue;
      r.state = to;
      this.transitions.push({ tMs: now, alert: r.name, from, to, value });
      if (to === 'firing') {
        this.notifications.push({
          tMs: now,
          alert: r.name,
          kind: 'firing',
          severity: r.severity,
          message: `${r.name} firing: ${r.describe} (value ${fmt(value)})`,
        });
      } else if (from === 'firing') {
        this.notifications.push({
          tMs: now,
          alert: r.name,
          kind: 'resolved',
          severity: r.severity,
          message: `${r.name} resolved`,
        });
      }
    }
  }

  /** Transitions, notifications and fire counts as plain data. */
  result(): AlertsResult {
    const fired: Record<string, number> = {};
    for (const r of this.rules) fired[r.name] = 0;
    for (const n of this.notifications) if (n.kind === 'firing') fired[n.alert]!++;
    return { transitions: this.transitions, notifications: this.notifications, fired };
  }
}

function fmt(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(4))) : String(v);
}
