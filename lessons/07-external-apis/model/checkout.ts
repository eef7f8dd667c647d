/**
 * A checkout flow calling a payment provider, built from the engine's pieces: the clock
 * (`Simulation`), Poisson arrivals (`TrafficSource`) and the provider itself (`ExternalApi`, with its
 * latency, errors, outages, caller timeouts and charges). Retries are driven here, one provider
 * attempt at a time, so a retry policy may see the clock and every new call (for a retry budget),
 * and each attempt may carry its own idempotency key.
 */
import {
  ExternalApi,
  LogHistogram,
  RequestPool,
  Rng,
  Simulation,
  TrafficSource,
  checkExternalApi,
  checkTraffic,
  type ApiErrorKind,
  type DistributionSpec,
  type OutageSpec,
  type Request,
} from 'archlab';

/** What a retry policy decides with: the same shape the exercise asks learners to write. */
export interface CallerPolicy {
  /** How long the caller waits for one attempt before giving up on it, ms. */
  timeoutMs: number;
  /** A checkout starts a new payment call (not called for retries). */
  onCall?(nowMs: number): void;
  /** Attempt `attempt` (1-based) failed: wait this many ms and try again, or null to give up. */
  retryDelayMs(
    attempt: number,
    failure: ApiErrorKind,
    nowMs: number,
    random: () => number,
  ): number | null;
}

/** One order being paid for. */
export interface Order {
  /** The shop's order number: unique per order. */
  id: number;
  customerId: number;
  amountCents: number;
}

/** Makes the idempotency key one attempt sends (none: the provider cannot spot a repeat). */
export type KeyFn = (order: Order, checkoutId: number, attempt: number) => string;

/** The payment provider. */
export interface ProviderSpec {
  /** Round trip of one call, ms (default lognormal, median 80 ms). */
  latencyMs?: DistributionSpec | number;
  /** Share of calls answered with a 5xx (the provider did not charge). */
  errorRate?: number;
  /** Incidents: 'error' answers 503 at once, 'timeout' never answers. */
  outages?: OutageSpec[];
  /** Calls per second the provider accepts from this shop; more are answered 429 (default: no limit). */
  rateLimitPerSec?: number;
}

export interface CheckoutOptions {
  /** Checkouts per second. */
  ratePerSec: number;
  durationMs: number;
  seed: number;
  provider: ProviderSpec;
  policy: CallerPolicy;
  /** Idempotency keys; without them every attempt that reaches the provider may charge. */
  key?: KeyFn;
  /** Share of checkouts submitted a second time for the same order (a double click). */
  doubleSubmitRate?: number;
  /** Share of new orders that repeat an earlier order's customer and amount (buying again). */
  repeatOrderRate?: number;
}

export interface CheckoutResult {
  /** Checkouts started (double submits included) and how they ended. */
  checkouts: number;
  succeeded: number;
  failed: number;
  /** Orders placed. */
  orders: number;
  /** Attempts sent to the provider, and how many of them were retries. */
  attempts: number;
  retries: number;
  /** Money actually moved: charges, and orders charged more than once. */
  charges: number;
  ordersChargedTwice: number;
  /** Orders a checkout reported as paid but that were never charged (a key reused across orders). */
  paidButNotCharged: number;
  /** Orders by how many times they were charged: index 0, 1, 2, 3+. */
  chargesPerOrder: [number, number, number, number];
  /** Time from checkout start to its final answer (success or give-up), ms. */
  latency: { p50: number; p95: number; p99: number; max: number };
  /** Per second of simulated time. */
  perSecond: { t: number[]; checkouts: number[]; attempts: number[]; successRate: number[] };
}

interface Checkout {
  order: Order;
  id: number;
  startMs: number;
  attempt: number;
}

const DOUBLE_SUBMIT_DELAY_MS = 400;

/** Run the checkout flow to the end; deterministic for the options and seed. */
export function runCheckout(opts: CheckoutOptions): CheckoutResult {
  const sim = new Simulation();
  const pool = new RequestPool();
  const root = new Rng(opts.seed);
  const trafficRng = root.fork();
  const apiRng = root.fork();
  const shopRng = root.fork();
  const policyRng = root.fork();
  const random = () => policyRng.next();
  const policy = opts.policy;
  const seconds = Math.ceil(opts.durationMs / 1000);
  const perSecond = {
    t: Array.from({ length: seconds }, (_, i) => i + 0.5),
    checkouts: new Array<number>(seconds).fill(0),
    attempts: new Array<number>(seconds).fill(0),
    ok: new Array<number>(seconds).fill(0),
    done: new Array<number>(seconds).fill(0),
  };
  const bucket = (t: number) => Math.min(seconds - 1, Math.floor(t / 1000));
  const latency = new LogHistogram();
  let checkouts = 0;
  let succeeded = 0;
  let failed = 0;
  let attempts = 0;
  let retries = 0;
  const orders: Order[] = [];
  const chargesOf = new Map<number, number>();
  const paid = new Set<number>();
  /** The provider's idempotency records: key → the order first charged with it. */
  const records = new Map<string, number>();
  /** Checkouts waiting on the provider, by request token. */
  const inFlight = new Map<number, Checkout>();

  const finish = (c: Checkout, ok: boolean) => {
    const now = sim.now;
    if (ok) {
      succeeded++;
      paid.add(c.order.id);
      perSecond.ok[bucket(now)]!++;
    } else failed++;
    perSecond.done[bucket(now)]!++;
    latency.record(Math.max(0.001, now - c.startMs));
  };

  const api = new ExternalApi(
    sim,
    pool,
    checkExternalApi({
      latencyMs: opts.provider.latencyMs ?? { kind: 'lognormal', median: 80, sigma: 0.5 },
      errorRate: opts.provider.errorRate ?? 0,
      outages: opts.provider.outages ?? [],
      ...(opts.provider.rateLimitPerSec ? { rateLimitPerSec: opts.provider.rateLimitPerSec } : {}),
      timeoutMs: policy.timeoutMs,
      // One attempt per engine call: the retries are decided below, with the policy.
      retry: { maxAttempts: 1 },
    }),
    apiRng,
    {
      callDone(req: Request, ok: boolean, error: ApiErrorKind | null) {
        const c = inFlight.get(req.token);
        inFlight.delete(req.token);
        api.forget(req);
        pool.release(req);
        if (c === undefined) return;
        if (ok) return finish(c, true);
        const delay = policy.retryDelayMs(c.attempt, error ?? 'error', sim.now, random);
        if (delay === null || typeof delay !== 'number' || !(delay >= 0)) return finish(c, false);
        retries++;
        sim.after(delay, () => attempt(c));
      },
    },
  );

  /** Send one attempt of checkout `c` to the provider. */
  function attempt(c: Checkout): void {
    c.attempt++;
    attempts++;
    perSecond.attempts[bucket(sim.now)]!++;
    const req = pool.acquire();
    req.arrivalMs = sim.now;
    inFlight.set(req.token, c);
    const before = api.charges;
    // The provider decides at once whether this attempt charges (it may still time out).
    api.call(req);
    if (api.charges === before) return;
    const key = opts.key?.(c.order, c.id, c.attempt);
    if (key !== undefined) {
      const first = records.get(key);
      // A known key: the provider answers from its record and moves no money.
      if (first !== undefined) return;
      records.set(key, c.order.id);
    }
    chargesOf.set(c.order.id, (chargesOf.get(c.order.id) ?? 0) + 1);
  }

  function start(order: Order): void {
    const c: Checkout = { order, id: checkouts++, startMs: sim.now, attempt: 0 };
    perSecond.checkouts[bucket(sim.now)]!++;
    policy.onCall?.(sim.now);
    attempt(c);
  }

  new TrafficSource(
    sim,
    pool,
    checkTraffic({ kind: 'poisson', ratePerSec: opts.ratePerSec }, opts.durationMs),
    trafficRng,
    {
      arrive(req: Request) {
        pool.release(req);
        const previous = orders.length > 0 ? orders[shopRng.int(orders.length)] : undefined;
        const again = previous !== undefined && shopRng.next() < (opts.repeatOrderRate ?? 0);
        const order: Order = {
          id: 10_000 + orders.length,
          customerId: again ? previous.customerId : 1 + shopRng.int(5000),
          amountCents: again ? previous.amountCents : 500 + 100 * shopRng.int(200),
        };
        orders.push(order);
        start(order);
        if (shopRng.next() < (opts.doubleSubmitRate ?? 0))
          sim.after(DOUBLE_SUBMIT_DELAY_MS, () => start(order));
      },
    },
    opts.durationMs,
  );
  // Let the last checkouts finish their retries.
  sim.runUntil(opts.durationMs + 120_000);

  const chargesPerOrder: [number, number, number, number] = [0, 0, 0, 0];
  let twice = 0;
  let notCharged = 0;
  let charges = 0;
  for (const o of orders) {
    const n = chargesOf.get(o.id) ?? 0;
    charges += n;
    chargesPerOrder[Math.min(3, n)]! += 1;
    if (n > 1) twice++;
    if (n === 0 && paid.has(o.id)) notCharged++;
  }
  return {
    checkouts,
    succeeded,
    failed,
    orders: orders.length,
    attempts,
    retries,
    charges,
    ordersChargedTwice: twice,
    paidButNotCharged: notCharged,
    chargesPerOrder,
    latency: {
      p50: latency.quantile(0.5),
      p95: latency.quantile(0.95),
      p99: latency.quantile(0.99),
      max: latency.count > 0 ? latency.quantile(1) : NaN,
    },
    perSecond: {
      t: perSecond.t,
      checkouts: perSecond.checkouts,
      attempts: perSecond.attempts,
      successRate: perSecond.done.map((d, i) => (d > 0 ? perSecond.ok[i]! / d : NaN)),
    },
  };
}

/** Built-in policies for the simulation and the checks. */
export const policies = {
  /** Give up at the first failure. */
  none: (timeoutMs: number): CallerPolicy => ({ timeoutMs, retryDelayMs: () => null }),
  /** Retry at once, up to 5 attempts: the retry storm. */
  immediate: (timeoutMs: number): CallerPolicy => ({
    timeoutMs,
    retryDelayMs: (attempt) => (attempt < 5 ? 0 : null),
  }),
  /** Exponential backoff with full jitter, up to 5 attempts. */
  backoff: (timeoutMs: number): CallerPolicy => ({
    timeoutMs,
    retryDelayMs: (attempt, _f, _now, random) =>
      attempt < 5 ? random() * Math.min(2000, 100 * 2 ** attempt) : null,
  }),
  /** Backoff with jitter, plus a retry budget: retries may add at most ~20 % to the calls. */
  budget: (timeoutMs: number): CallerPolicy => {
    let tokens = 20;
    return {
      timeoutMs,
      onCall: () => {
        tokens = Math.min(50, tokens + 0.2);
      },
      retryDelayMs: (attempt, _f, _now, random) => {
        if (attempt >= 5 || tokens < 1) return null;
        tokens -= 1;
        return random() * Math.min(2000, 100 * 2 ** attempt);
      },
    };
  },
} as const;
