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

/**
 * Why one attempt failed: a 5xx (`error`), no answer within the timeout, a 429, or a definite
 * `declined` (a 402: the card issuer said no, nothing was charged, and asking again gets the same no).
 */
export type Failure = ApiErrorKind | 'declined';

/** What a retry policy decides with: the same shape the exercise asks learners to write. */
export interface CallerPolicy {
  /** How long the caller waits for one attempt before giving up on it, ms. */
  timeoutMs: number;
  /** A checkout starts a new payment call (not called for retries). */
  onCall?(nowMs: number): void;
  /** Attempt `attempt` (1-based) failed: wait this many ms and try again, or null to give up. */
  retryDelayMs(
    attempt: number,
    failure: Failure,
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

/**
 * Makes the idempotency key one attempt sends (none: the provider cannot spot a repeat).
 * `declines`: how many earlier checkouts of this order the provider definitely declined.
 */
export type KeyFn = (order: Order, checkoutId: number, attempt: number, declines: number) => string;

/** The payment provider. */
export interface ProviderSpec {
  /** Round trip of one call, ms (default lognormal, median 80 ms). */
  latencyMs?: DistributionSpec | number;
  /**
   * Share of calls answered with a 503 before the provider acted (nothing charged). This is the
   * safe kind of 5xx; a real 500 may come after the provider acted, so its outcome is unknown.
   */
  errorRate?: number;
  /**
   * Share of orders whose first card the issuer declines (a 402: definite, nothing charged). The
   * customer then presses “Pay” again with another card, which is accepted.
   */
  declineRate?: number;
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
  /** Checkouts the provider declined, and those declined only because their key replayed an earlier decline. */
  declined: number;
  replayedDeclines: number;
  /** Attempts sent after a definite decline (retrying a 402). */
  retriedDeclines: number;
  /** Orders whose customer offered a good card but that were never paid. */
  ordersUnpaid: number;
  /** Failed attempts by kind, and failed checkouts by how many attempts they made (index 1, 2, …). */
  failures: Record<Failure, number>;
  failedAfterAttempts: number[];
  /** Orders by how many times they were charged: index 0, 1, 2, 3+. */
  chargesPerOrder: [number, number, number, number];
  /** Time from checkout start to its final answer (success, decline or give-up), ms. */
  latency: { p50: number; p95: number; p99: number; max: number };
  /** Per second of simulated time. */
  perSecond: { t: number[]; checkouts: number[]; attempts: number[]; successRate: number[] };
}

interface Checkout {
  order: Order;
  id: number;
  startMs: number;
  attempt: number;
  /** Earlier checkouts of this order that ended in a definite decline. */
  declines: number;
  /** The card this checkout pays with is declined by its issuer. */
  badCard: boolean;
  /** The current attempt was answered with a decline (a new one, or one replayed from a key). */
  declinedNow: boolean;
}

/** What the provider stored under an idempotency key. */
interface KeyRecord {
  orderId: number;
  outcome: 'charged' | 'declined';
}

const DOUBLE_SUBMIT_DELAY_MS = 400;
/** After a decline the customer enters another card and presses “Pay” again. */
const REPAY_DELAY_MS = 2_000;
/** A customer gives up on an order after this many declines. */
const MAX_DECLINES = 2;

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
  let declined = 0;
  let replayedDeclines = 0;
  let retriedDeclines = 0;
  const failures: Record<Failure, number> = {
    error: 0,
    timeout: 0,
    'rate-limited': 0,
    declined: 0,
  };
  const failedAfterAttempts: number[] = [];
  const orders: Order[] = [];
  /** Orders whose first card is bad (decided once per order). */
  const badFirstCard = new Set<number>();
  const chargesOf = new Map<number, number>();
  const paid = new Set<number>();
  /** The provider's idempotency records: key → what it did first under that key. */
  const records = new Map<string, KeyRecord>();
  /** Checkouts waiting on the provider, by request token. */
  const inFlight = new Map<number, Checkout>();

  const finish = (c: Checkout, end: 'paid' | 'failed' | 'declined') => {
    const now = sim.now;
    if (end === 'paid') {
      succeeded++;
      paid.add(c.order.id);
      perSecond.ok[bucket(now)]!++;
    } else if (end === 'declined') declined++;
    else {
      failed++;
      failedAfterAttempts[c.attempt] = (failedAfterAttempts[c.attempt] ?? 0) + 1;
    }
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
        // A decline is an answer the caller sees; one that timed out looks like any timeout.
        const isDecline = ok && c.declinedNow;
        if (ok && !isDecline) return finish(c, 'paid');
        const failure: Failure = isDecline ? 'declined' : (error ?? 'error');
        failures[failure]++;
        const delay = policy.retryDelayMs(c.attempt, failure, sim.now, random);
        if (delay === null || typeof delay !== 'number' || !(delay >= 0)) {
          if (isDecline) return decline(c);
          return finish(c, 'failed');
        }
        retries++;
        if (isDecline) retriedDeclines++;
        sim.after(delay, () => attempt(c));
      },
    },
  );

  /** A checkout ends with a definite decline: the customer may try another card. */
  function decline(c: Checkout): void {
    finish(c, 'declined');
    if (c.declines + 1 < MAX_DECLINES)
      sim.after(REPAY_DELAY_MS, () => start(c.order, c.declines + 1));
  }

  /** Send one attempt of checkout `c` to the provider. */
  function attempt(c: Checkout): void {
    c.attempt++;
    c.declinedNow = false;
    attempts++;
    perSecond.attempts[bucket(sim.now)]!++;
    const req = pool.acquire();
    req.arrivalMs = sim.now;
    inFlight.set(req.token, c);
    const before = api.charges;
    // The provider decides at once whether this attempt reaches the point of acting (it may
    // still time out); a 503, a 429 or an unanswered attempt acts on nothing.
    api.call(req);
    if (api.charges === before) return;
    const key = opts.key?.(c.order, c.id, c.attempt, c.declines);
    const first = key === undefined ? undefined : records.get(key);
    if (first !== undefined) {
      // A known key: the provider answers from its record and moves no money. A stored decline
      // is replayed even if this checkout's card is good (Stripe replays the saved response, or
      // answers an idempotency error when the parameters differ): the order cannot be paid.
      if (first.outcome === 'declined') {
        c.declinedNow = true;
        if (!c.badCard) replayedDeclines++;
      }
      return;
    }
    if (c.badCard) {
      c.declinedNow = true;
      if (key !== undefined) records.set(key, { orderId: c.order.id, outcome: 'declined' });
      return;
    }
    if (key !== undefined) records.set(key, { orderId: c.order.id, outcome: 'charged' });
    chargesOf.set(c.order.id, (chargesOf.get(c.order.id) ?? 0) + 1);
  }

  function start(order: Order, declines = 0): void {
    const c: Checkout = {
      order,
      id: checkouts++,
      startMs: sim.now,
      attempt: 0,
      declines,
      // The first card of some orders is declined; the card offered after a decline is good.
      badCard: declines === 0 && badFirstCard.has(order.id),
      declinedNow: false,
    };
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
        if (opts.provider.declineRate && shopRng.next() < opts.provider.declineRate)
          badFirstCard.add(order.id);
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
  let unpaid = 0;
  for (const o of orders) {
    const n = chargesOf.get(o.id) ?? 0;
    charges += n;
    chargesPerOrder[Math.min(3, n)]! += 1;
    if (n > 1) twice++;
    if (n === 0 && paid.has(o.id)) notCharged++;
    if (!paid.has(o.id)) unpaid++;
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
    declined,
    replayedDeclines,
    retriedDeclines,
    ordersUnpaid: unpaid,
    failures,
    failedAfterAttempts: Array.from(failedAfterAttempts, (n) => n ?? 0),
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
    retryDelayMs: (attempt, failure) => (attempt < 5 && failure !== 'declined' ? 0 : null),
  }),
  /** Exponential backoff (100, 200, 400, 800 ms, capped at 2 s) with full jitter, up to 5 attempts. */
  backoff: (timeoutMs: number): CallerPolicy => ({
    timeoutMs,
    retryDelayMs: (attempt, failure, _now, random) =>
      attempt < 5 && failure !== 'declined'
        ? random() * Math.min(2000, 100 * 2 ** (attempt - 1))
        : null,
  }),
  /** Backoff with jitter, plus a retry budget: retries may add at most ~20 % to the calls. */
  budget: (timeoutMs: number): CallerPolicy => {
    let tokens = 20;
    return {
      timeoutMs,
      onCall: () => {
        tokens = Math.min(50, tokens + 0.2);
      },
      retryDelayMs: (attempt, failure, _now, random) => {
        if (attempt >= 5 || failure === 'declined' || tokens < 1) return null;
        tokens -= 1;
        return random() * Math.min(2000, 100 * 2 ** (attempt - 1));
      },
    };
  },
} as const;
