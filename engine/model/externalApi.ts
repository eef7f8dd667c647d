import type { EventHandler, Simulation } from '../core/simulation.ts';
import type { Rng } from '../core/rng.ts';
import {
  checkDistribution,
  sampler,
  type DistributionSpec,
  type Sampler,
} from '../core/distributions.ts';
import {
  ConfigError,
  checkArray,
  checkNumber,
  checkKeys,
  checkObject,
  checkOneOf,
  optNumber,
} from '../core/errors.ts';
import type { Request, RequestPool, RequestView } from './request.ts';

/**
 * Why one API attempt failed. `declined` is a definite answer (a 402: the card issuer said no,
 * nothing was charged); it happens only where the spec's `declines` says so.
 */
export type ApiErrorKind = 'error' | 'timeout' | 'rate-limited' | 'declined';

/** What a retry policy may use besides the attempt number and error. */
export interface RetryState {
  /** Seeded uniform random number in [0, 1) (for jitter). */
  random(): number;
  /** Simulated time of the decision (the failed attempt's answer or timeout), ms. */
  readonly now: number;
}

/** One attempt of a call, as the spec's hooks see it. */
export interface ApiCallView {
  /** The request making the call. */
  readonly request: RequestView;
  /** Attempt number of this call, 1 = the first. */
  readonly attempt: number;
  /** Simulated time, ms. */
  readonly now: number;
}

/** What became of one attempt, as the provider decided it when the attempt reached it. */
export interface ApiAttemptOutcome {
  /** What the caller hears: 'ok', or why the attempt failed (a timeout hides what the provider did). */
  answer: 'ok' | ApiErrorKind;
  /**
   * What the provider did: moved money (`charged`), answered from an idempotency record
   * (`replayed`, or `replayed-decline` when the record is a decline), declined, or nothing
   * (a 503, a 429, an outage).
   */
  acted: 'charged' | 'replayed' | 'declined' | 'replayed-decline' | 'none';
  /** The idempotency key the attempt sent, if any. */
  key?: string;
}

/**
 * A retry policy: after attempt number `attempt` (1-based) failed with `error`, return the delay
 * in ms before the next attempt, or null to give up.
 */
export type RetryPolicyFn = (
  attempt: number,
  error: ApiErrorKind,
  state: RetryState,
) => number | null;

/** Built-in retry policy as JSON: exponential backoff, capped, with jitter. */
export interface BackoffSpec {
  /** Total attempts including the first (default 1: no retry). */
  maxAttempts?: number;
  /** Delay before the first retry, ms (default 100); doubles each retry. */
  baseDelayMs?: number;
  /** Cap on the delay, ms (default 10000). */
  maxDelayMs?: number;
  /** 'full': uniform in [0, d] (AWS's advice); 'equal': d/2 + uniform [0, d/2]; 'none': exactly d. */
  jitter?: 'full' | 'equal' | 'none';
}

/** Exponential backoff with jitter as a `RetryPolicyFn` (the built-in policy). */
export function exponentialBackoff(
  spec: BackoffSpec = {},
): (attempt: number, error: ApiErrorKind, state: Pick<RetryState, 'random'>) => number | null {
  const maxAttempts = spec.maxAttempts ?? 1;
  const base = spec.baseDelayMs ?? 100;
  const cap = spec.maxDelayMs ?? 10_000;
  const jitter = spec.jitter ?? 'full';
  return (attempt, _error, state) => {
    if (attempt >= maxAttempts) return null;
    const d = Math.min(cap, base * 2 ** (attempt - 1));
    if (jitter === 'full') return state.random() * d;
    if (jitter === 'equal') return d / 2 + (state.random() * d) / 2;
    return d;
  };
}

/** An outage window of the provider. */
export interface OutageSpec {
  atMs: number;
  durationMs: number;
  /** 'error': answers 503 at once; 'timeout': never answers (default). */
  mode?: 'error' | 'timeout';
}

/** A third-party API (e.g. a payment provider) as JSON data. */
export interface ExternalApiSpec {
  /** Name (default 'payments'). */
  name?: string;
  /** Round-trip time of one call, ms (default lognormal, median 80 ms, σ 0.5). */
  latencyMs?: DistributionSpec | number;
  /**
   * Probability an attempt fails with a 503 (default 0). The model's errors come before the
   * provider acts, so a retry is always safe here; a real 500 may come after it acted, and only an
   * idempotency key makes its retry safe (RFC 9110 §15.6; Stripe's error-handling docs).
   */
  errorRate?: number;
  /** Windows when the provider is down. */
  outages?: OutageSpec[];
  /** Provider-side rate limit, calls per second (token bucket; default Infinity). */
  rateLimitPerSec?: number;
  /** Token-bucket size (default = one second of the rate). */
  burst?: number;
  /** The caller gives up on an attempt after this long, ms (default 2000). */
  timeoutMs?: number;
  /** What to do after a failed attempt: backoff parameters or a policy function. */
  retry?: BackoffSpec | RetryPolicyFn;
  /** Send an idempotency key (the request id), so a retried charge is not charged twice. */
  idempotencyKeys?: boolean;
  /**
   * The idempotency key an attempt sends (instead of `idempotencyKeys`), read when the provider
   * processes the attempt; undefined sends none. The provider keeps what it did first under each
   * key for the whole run and answers a repeat from that record without acting again: a stored
   * charge as success, a stored decline as a decline (Stripe's rules). Two requests may share a key.
   */
  idempotencyKey?: (call: ApiCallView) => string | undefined;
  /** Whether the card issuer declines the payment this attempt asks for (default: never). */
  declines?: (call: ApiCallView) => boolean;
  /** A request starts a call (its first attempt; retries do not call it), e.g. to earn a retry budget. */
  onCall?: (call: ApiCallView) => void;
  /** Every attempt, once the provider has decided it (before its answer arrives). */
  onAttempt?: (call: ApiCallView, outcome: ApiAttemptOutcome) => void;
  /** Calls per request unless the request type says otherwise (default 1). */
  callsPerRequest?: number;
}

/** The code hooks of an external API (all optional). */
export type ApiHooks = Pick<
  ExternalApiSpec,
  'idempotencyKey' | 'declines' | 'onCall' | 'onAttempt'
>;
const HOOKS = ['idempotencyKey', 'declines', 'onCall', 'onAttempt'] as const;

/** An external API with defaults filled in. */
export interface ExternalApiConfig {
  name: string;
  latencyMs: DistributionSpec;
  errorRate: number;
  outages: Required<OutageSpec>[];
  rateLimitPerSec: number;
  burst: number;
  timeoutMs: number;
  retry: RetryPolicyFn;
  idempotencyKeys: boolean;
  callsPerRequest: number;
  /** Present only when the spec gives them. */
  hooks: ApiHooks;
}

/** Validate an external API; throws `ConfigError` naming the field. */
export function checkExternalApi(value: unknown, field = 'externalApi'): ExternalApiConfig {
  const o = checkObject(value, field);
  checkKeys(o, field, [
    'name',
    'latencyMs',
    'errorRate',
    'outages',
    'rateLimitPerSec',
    'burst',
    'timeoutMs',
    'retry',
    'idempotencyKeys',
    'callsPerRequest',
    ...HOOKS,
  ]);
  const hooks: Record<string, unknown> = {};
  for (const name of HOOKS) {
    const hook = o[name];
    if (hook === undefined) continue;
    if (typeof hook !== 'function') throw new ConfigError(`${field}.${name}`, 'must be a function');
    hooks[name] = hook;
  }
  if (hooks['idempotencyKey'] !== undefined && o['idempotencyKeys'] === true)
    throw new ConfigError(
      `${field}.idempotencyKeys`,
      'cannot be combined with idempotencyKey: the function chooses the keys',
    );
  const rate = optNumber(o['rateLimitPerSec'], `${field}.rateLimitPerSec`, Infinity, {
    above: 0,
    infinite: true,
  });
  let retry: RetryPolicyFn;
  const r = o['retry'];
  if (typeof r === 'function') retry = r as RetryPolicyFn;
  else if (r === undefined) retry = exponentialBackoff({});
  else {
    const ro = checkObject(r, `${field}.retry`);
    retry = exponentialBackoff({
      maxAttempts: optNumber(ro['maxAttempts'], `${field}.retry.maxAttempts`, 1, {
        min: 1,
        max: 100,
        integer: true,
      }),
      baseDelayMs: optNumber(ro['baseDelayMs'], `${field}.retry.baseDelayMs`, 100, { min: 0 }),
      maxDelayMs: optNumber(ro['maxDelayMs'], `${field}.retry.maxDelayMs`, 10_000, { min: 0 }),
      jitter:
        ro['jitter'] === undefined
          ? 'full'
          : checkOneOf(ro['jitter'], `${field}.retry.jitter`, ['full', 'equal', 'none'] as const),
    });
  }
  const name = o['name'] ?? 'payments';
  if (typeof name !== 'string' || name === '')
    throw new ConfigError(`${field}.name`, 'must be a non-empty string');
  return {
    name,
    latencyMs:
      o['latencyMs'] === undefined
        ? { kind: 'lognormal', median: 80, sigma: 0.5 }
        : checkDistribution(o['latencyMs'], `${field}.latencyMs`),
    errorRate: optNumber(o['errorRate'], `${field}.errorRate`, 0, { min: 0, max: 1 }),
    outages:
      o['outages'] === undefined
        ? []
        : checkArray(o['outages'], `${field}.outages`).map((w, i) => {
            const f = `${field}.outages[${i}]`;
            const wo = checkObject(w, f);
            return {
              atMs: checkNumber(wo['atMs'], `${f}.atMs`, { min: 0 }),
              durationMs: checkNumber(wo['durationMs'], `${f}.durationMs`, { min: 0 }),
              mode:
                wo['mode'] === undefined
                  ? 'timeout'
                  : checkOneOf(wo['mode'], `${f}.mode`, ['error', 'timeout'] as const),
            };
          }),
    rateLimitPerSec: rate,
    burst: optNumber(o['burst'], `${field}.burst`, rate === Infinity ? Infinity : rate, {
      min: 1,
      infinite: true,
    }),
    timeoutMs: optNumber(o['timeoutMs'], `${field}.timeoutMs`, 2000, { above: 0 }),
    retry,
    idempotencyKeys: o['idempotencyKeys'] === true,
    callsPerRequest: optNumber(o['callsPerRequest'], `${field}.callsPerRequest`, 1, {
      min: 0,
      max: 100,
      integer: true,
    }),
    hooks,
  };
}

/** Receives the final outcome of a call (after retries). */
export interface ApiListener {
  /** The call succeeded, or failed for good with `error`. */
  callDone(req: Request, ok: boolean, error: ApiErrorKind | null): void;
  /** An attempt failed and will be retried after `delayMs`. */
  retrying?(req: Request, attempt: number, error: ApiErrorKind, delayMs: number): void;
}

const ATTEMPT_DONE = 0;
const RETRY = 1;
const OK = 1;
const ERR = 2;
const TIMEOUT = 3;
const LIMITED = 4;
const DECLINED = 5;

/**
 * A third-party API: latency, errors, outages, a token-bucket rate limit, caller timeouts and
 * retries. With timeouts a provider may act on an attempt the caller gave up on; without
 * idempotency keys the retry then charges twice — `duplicateCharges` counts that.
 */
export class ExternalApi implements EventHandler {
  readonly config: ExternalApiConfig;
  /** Counters since start. */
  attempts = 0;
  successes = 0;
  errors = 0;
  timeouts = 0;
  rateLimited = 0;
  retries = 0;
  /** Calls that failed for good. */
  failedCalls = 0;
  /** Charges made by the provider, and those that were duplicates of an earlier attempt. */
  charges = 0;
  duplicateCharges = 0;
  private tokens: number;
  private lastRefill = 0;
  /** Request ids the provider has charged, kept only while the request is in flight. */
  private readonly charged = new Set<number>();
  /** With an `idempotencyKey` function: what the provider did first under each key (whole run). */
  private readonly records = new Map<string, 'charged' | 'declined'>();
  private readonly latency: Sampler;
  private readonly rng: Rng;
  private readonly target: number;
  private readonly sim: Simulation;
  private readonly requests: RequestPool;
  private readonly listener: ApiListener;
  /** Handed to the retry policy; `now` is set before each decision. */
  private readonly retryState: { random(): number; now: number };

  constructor(
    sim: Simulation,
    requests: RequestPool,
    config: ExternalApiConfig,
    rng: Rng,
    listener: ApiListener,
    field = 'externalApi',
  ) {
    this.sim = sim;
    this.requests = requests;
    this.config = config;
    this.rng = rng;
    this.listener = listener;
    this.latency = sampler(config.latencyMs, rng.fork(), `${field}.latencyMs`);
    this.tokens = config.burst;
    const retryRng = rng.fork();
    this.retryState = { random: () => retryRng.next(), now: 0 };
    this.target = sim.register(this);
  }

  /** Start a call for `req` (first attempt). */
  call(req: Request): void {
    req.attempt = 0;
    this.config.hooks.onCall?.({ request: req, attempt: 1, now: this.sim.now });
    this.attempt(req);
  }

  /** The request is finished: forget its idempotency record. */
  forget(req: Request): void {
    this.charged.delete(req.id);
  }

  /** Attempt outcomes and retry timers. */
  onEvent(kind: number, token: number): void {
    const req = this.requests.resolve(token);
    if (req === undefined) return;
    if (kind === RETRY) {
      // Its server crashed while it waited to retry: nobody is left to make the call.
      if (req.dead) this.listener.callDone(req, false, 'error');
      else this.attempt(req);
      return;
    }
    const outcome = req.apiOutcome;
    if (outcome === OK) {
      this.successes++;
      this.listener.callDone(req, true, null);
      return;
    }
    const error: ApiErrorKind =
      outcome === TIMEOUT
        ? 'timeout'
        : outcome === LIMITED
          ? 'rate-limited'
          : outcome === DECLINED
            ? 'declined'
            : 'error';
    this.retryState.now = this.sim.now;
    // A learner's policy may misbehave: a negative or NaN delay gives up rather than looping.
    const delay = req.dead ? null : this.config.retry(req.attempt, error, this.retryState);
    if (delay === null || !(delay >= 0)) {
      this.failedCalls++;
      this.listener.callDone(req, false, error);
      return;
    }
    this.retries++;
    this.listener.retrying?.(req, req.attempt, error, delay);
    this.sim.schedule(this.sim.now + delay, this.target, RETRY, token);
  }

  private attempt(req: Request): void {
    const now = this.sim.now;
    const cfg = this.config;
    req.attempt++;
    this.attempts++;
    const rtt = this.latency();
    let outcome = OK;
    let doneAt = now + rtt;
    let acted: ApiAttemptOutcome['acted'] = 'none';
    let key: string | undefined;
    const outage = cfg.outages.find((w) => now >= w.atMs && now < w.atMs + w.durationMs);
    if (outage?.mode === 'timeout') {
      outcome = TIMEOUT;
    } else if (!this.takeToken(now)) {
      outcome = LIMITED;
      doneAt = now + rtt / 2;
    } else if (outage !== undefined || this.rng.next() < cfg.errorRate) {
      outcome = ERR;
    } else {
      // The provider acts on it; with an idempotency key a repeat is answered from its record.
      const hooks = cfg.hooks;
      if (hooks.idempotencyKey === undefined && hooks.declines === undefined) {
        if (cfg.idempotencyKeys && this.charged.has(req.id)) {
          // Already charged: no new charge.
          acted = 'replayed';
        } else {
          this.charge(req);
          acted = 'charged';
        }
      } else {
        const acts = this.act(req, now);
        acted = acts.acted;
        key = acts.key;
        if (acted === 'declined' || acted === 'replayed-decline') outcome = DECLINED;
      }
      if (rtt > cfg.timeoutMs) outcome = TIMEOUT;
    }
    if (outcome === TIMEOUT) {
      this.timeouts++;
      doneAt = now + cfg.timeoutMs;
    } else if (outcome === ERR) this.errors++;
    else if (outcome === LIMITED) this.rateLimited++;
    req.apiOutcome = outcome;
    if (cfg.hooks.onAttempt) {
      const answer: ApiAttemptOutcome['answer'] =
        outcome === OK
          ? 'ok'
          : outcome === TIMEOUT
            ? 'timeout'
            : outcome === LIMITED
              ? 'rate-limited'
              : outcome === DECLINED
                ? 'declined'
                : 'error';
      cfg.hooks.onAttempt(
        { request: req, attempt: req.attempt, now },
        key === undefined ? { answer, acted } : { answer, acted, key },
      );
    }
    this.sim.schedule(doneAt, this.target, ATTEMPT_DONE, req.token);
  }

  /** The provider moves money for `req`. */
  private charge(req: Request): void {
    if (this.charged.has(req.id)) this.duplicateCharges++;
    this.charges++;
    this.charged.add(req.id);
  }

  /** The provider processes an attempt with the spec's key and decline functions. */
  private act(
    req: Request,
    now: number,
  ): { acted: ApiAttemptOutcome['acted']; key: string | undefined } {
    const { idempotencyKey, declines } = this.config.hooks;
    const call: ApiCallView = { request: req, attempt: req.attempt, now };
    // Only a string is a key: a learner's null, number or object sends none rather than one shared key.
    const chosen: unknown = idempotencyKey?.(call);
    const key = typeof chosen === 'string' ? chosen : undefined;
    const first = key === undefined ? undefined : this.records.get(key);
    if (first !== undefined)
      return { acted: first === 'charged' ? 'replayed' : 'replayed-decline', key };
    if (declines?.(call) === true) {
      if (key !== undefined) this.records.set(key, 'declined');
      return { acted: 'declined', key };
    }
    if (key !== undefined) this.records.set(key, 'charged');
    else if (this.config.idempotencyKeys && this.charged.has(req.id))
      return { acted: 'replayed', key };
    this.charge(req);
    return { acted: 'charged', key };
  }

  private takeToken(now: number): boolean {
    const cfg = this.config;
    if (cfg.rateLimitPerSec === Infinity) return true;
    this.tokens = Math.min(
      cfg.burst,
      this.tokens + ((now - this.lastRefill) * cfg.rateLimitPerSec) / 1000,
    );
    this.lastRefill = now;
    if (this.tokens < 1) return false;
    this.tokens--;
    return true;
  }
}
