/**
 * Chapter 9's shop: checkouts calling a payment provider, as an ordinary engine scenario (Poisson
 * arrivals, one non-blocking server, the engine's `externalApi` with timeouts, retries,
 * idempotency keys and declines). The shop's own story (orders, a second press of "Pay", a
 * customer paying again after a declined card) lives in the external API's hooks; what happened is
 * read from the run's traces and the hooks' counts. The simulation, both exercises' checks and the
 * claims test use it. The checks bundle it into the exercise sandbox, so it imports only `archlab`.
 */
import {
  Rng,
  simulate,
  type ApiAttemptOutcome,
  type ApiCallView,
  type ApiErrorKind,
  type DistributionSpec,
  type ExternalApiSpec,
  type OutageSpec,
  type Scenario,
  type TraceRecord,
} from 'archlab';

/**
 * Why one attempt failed: a 5xx (`error`), no answer within the timeout, a 429, or a definite
 * `declined` (a 402: the card issuer said no, nothing was charged, and asking again gets the same no).
 */
export type Failure = ApiErrorKind;

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
  /** Share of checkouts followed by a second one for the same order (a double click). */
  doubleSubmitRate?: number;
  /** Share of new orders that repeat an earlier order's customer and amount (buying again). */
  repeatOrderRate?: number;
}

export interface CheckoutResult {
  /** Checkouts started (repeated presses included) and how they ended. */
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
  /** Per second of simulated time while checkouts arrive (x at the middle of each second). */
  perSecond: { t: number[]; checkouts: number[]; attempts: number[]; successRate: number[] };
}

/** A second press of “Pay” comes this long after the first. */
const DOUBLE_SUBMIT_DELAY_MS = 400;
/** After a decline the customer enters another card and presses “Pay” again. */
const REPAY_DELAY_MS = 2_000;
/** A customer gives up on an order after this many declines. */
const MAX_DECLINES = 2;
/** Arrivals stop at `durationMs`; the run goes on this long so the last checkouts finish retrying. */
const DRAIN_MS = 120_000;

/** One press of “Pay”: one request of the scenario. */
interface Checkout {
  order: Order;
  id: number;
  /** Earlier checkouts of this order that ended in a definite decline. */
  declines: number;
  /** The card this checkout pays with is declined by its issuer. */
  badCard: boolean;
  /** The answer to its latest attempt. */
  lastAnswer: 'ok' | Failure | null;
  /** The customer has been sent back to pay again with another card. */
  repaying: boolean;
}

/** A press of “Pay” the shop expects: taken by the first request that arrives after `dueMs`. */
interface Pending {
  order: Order;
  declines: number;
  dueMs: number;
}

/** The shop's side of a run: who each request is, and what the provider did for it. */
class Shop {
  readonly orders: Order[] = [];
  readonly byRequest = new Map<number, Checkout>();
  readonly chargesOf = new Map<number, number>();
  readonly failures: Record<Failure, number> = {
    error: 0,
    timeout: 0,
    'rate-limited': 0,
    declined: 0,
  };
  readonly attemptsPerSecond: number[];
  attempts = 0;
  replayedDeclines = 0;
  retriedDeclines = 0;
  private readonly badFirstCard = new Set<number>();
  private readonly pending: Pending[] = [];
  private readonly rng: Rng;
  private readonly opts: CheckoutOptions;

  constructor(opts: CheckoutOptions) {
    this.opts = opts;
    // The shop's own draws (customers, cards, double clicks), apart from the engine's streams.
    this.rng = new Rng(opts.seed ^ 0x5e0c_a11);
    this.attemptsPerSecond = new Array<number>(Math.ceil(opts.durationMs / 1000)).fill(0);
  }

  /** A request reaches the payment step: an expected press of “Pay”, or a new order. */
  readonly onCall = (call: ApiCallView): void => {
    const now = call.now;
    const due = this.pending.reduce<number>(
      (best, p, i) =>
        p.dueMs <= now && (best < 0 || p.dueMs < this.pending[best]!.dueMs) ? i : best,
      -1,
    );
    let checkout: Checkout;
    if (due >= 0) {
      const [p] = this.pending.splice(due, 1) as [Pending];
      checkout = this.checkout(p.order, p.declines);
    } else {
      const order = this.newOrder();
      checkout = this.checkout(order, 0);
      if (this.rng.next() < (this.opts.doubleSubmitRate ?? 0))
        this.pending.push({ order, declines: 0, dueMs: now + DOUBLE_SUBMIT_DELAY_MS });
    }
    this.byRequest.set(call.request.id, checkout);
    this.opts.policy.onCall?.(now);
  };

  readonly idempotencyKey = (call: ApiCallView): string | undefined => {
    const c = this.of(call);
    return this.opts.key?.(c.order, c.id, call.attempt, c.declines);
  };

  readonly declines = (call: ApiCallView): boolean => this.of(call).badCard;

  readonly onAttempt = (call: ApiCallView, outcome: ApiAttemptOutcome): void => {
    const c = this.of(call);
    this.attempts++;
    const second = Math.min(this.attemptsPerSecond.length - 1, Math.floor(call.now / 1000));
    if (second >= 0) this.attemptsPerSecond[second]!++;
    if (call.attempt > 1 && c.lastAnswer === 'declined') this.retriedDeclines++;
    if (outcome.acted === 'charged')
      this.chargesOf.set(c.order.id, (this.chargesOf.get(c.order.id) ?? 0) + 1);
    // A stored decline replayed to a good card: Stripe replays the saved response (or answers an
    // idempotency error when the parameters differ), so the order cannot be paid under that key.
    if (outcome.acted === 'replayed-decline' && !c.badCard) this.replayedDeclines++;
    if (outcome.answer !== 'ok') this.failures[outcome.answer]++;
    if (outcome.answer === 'declined' && !c.repaying) {
      c.repaying = true;
      if (c.declines + 1 < MAX_DECLINES)
        this.pending.push({
          order: c.order,
          declines: c.declines + 1,
          dueMs: call.now + REPAY_DELAY_MS,
        });
    }
    c.lastAnswer = outcome.answer;
  };

  private of(call: ApiCallView): Checkout {
    const c = this.byRequest.get(call.request.id);
    if (!c) throw new Error(`request ${call.request.id} reached the provider without a checkout`);
    return c;
  }

  private checkout(order: Order, declines: number): Checkout {
    return {
      order,
      id: this.byRequest.size,
      declines,
      // The first card of some orders is declined; the card offered after a decline is good.
      badCard: declines === 0 && this.badFirstCard.has(order.id),
      lastAnswer: null,
      repaying: false,
    };
  }

  private newOrder(): Order {
    const { orders, rng } = this;
    const previous = orders.length > 0 ? orders[rng.int(orders.length)] : undefined;
    const again = previous !== undefined && rng.next() < (this.opts.repeatOrderRate ?? 0);
    const order: Order = {
      id: 10_000 + orders.length,
      customerId: again ? previous.customerId : 1 + rng.int(5000),
      amountCents: again ? previous.amountCents : 500 + 100 * rng.int(200),
    };
    orders.push(order);
    const declineRate = this.opts.provider.declineRate ?? 0;
    if (declineRate > 0 && rng.next() < declineRate) this.badFirstCard.add(order.id);
    return order;
  }
}

/** The scenario of a checkout run; `shop` supplies the external API's hooks. */
function checkoutScenario(opts: CheckoutOptions, shop: Shop): Scenario {
  const { provider, policy } = opts;
  const externalApi: ExternalApiSpec = {
    ...(provider.latencyMs === undefined ? {} : { latencyMs: provider.latencyMs }),
    errorRate: provider.errorRate ?? 0,
    outages: provider.outages ?? [],
    ...(provider.rateLimitPerSec ? { rateLimitPerSec: provider.rateLimitPerSec } : {}),
    timeoutMs: policy.timeoutMs,
    retry: (attempt, error, state) => {
      const delay: unknown = policy.retryDelayMs(attempt, error, state.now, () => state.random());
      return typeof delay === 'number' ? delay : null;
    },
    onCall: shop.onCall,
    onAttempt: shop.onAttempt,
    ...(opts.key ? { idempotencyKey: shop.idempotencyKey } : {}),
    ...(provider.declineRate ? { declines: shop.declines } : {}),
  };
  return {
    name: 'checkout',
    durationMs: opts.durationMs + DRAIN_MS,
    resolutionMs: 1000,
    traffic: {
      kind: 'poisson',
      ratePerSec: opts.ratePerSec,
      spikes: [{ atMs: opts.durationMs, durationMs: DRAIN_MS, multiplier: 0 }],
    },
    // The shop itself never waits: no CPU time, and a request waiting on the provider holds nothing.
    servers: [{ name: 'shop', serviceTime: { kind: 'constant', value: 0 }, blockingIo: false }],
    externalApi,
  };
}

/** Nearest-rank quantile of sorted values. */
const quantile = (sorted: readonly number[], q: number): number =>
  sorted.length === 0 ? NaN : sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;

/** Run the checkout flow to the end; deterministic for the options and seed. */
export function runCheckout(opts: CheckoutOptions): CheckoutResult {
  const shop = new Shop(opts);
  const result = simulate(checkoutScenario(opts, shop), { seed: opts.seed, trace: 100_000 });
  const traces: readonly TraceRecord[] = result.traces ?? [];
  const seconds = shop.attemptsPerSecond.length;
  const ok = new Array<number>(seconds).fill(0);
  const done = new Array<number>(seconds).fill(0);
  const paid = new Set<number>();
  const failedAfterAttempts: number[] = [];
  const latencies: number[] = [];
  let succeeded = 0;
  let failed = 0;
  let declined = 0;
  for (const t of traces) {
    const c = shop.byRequest.get(t.id);
    if (!c) continue;
    const second = Math.min(seconds - 1, Math.floor(t.endMs / 1000));
    done[second]!++;
    latencies.push(Math.max(0.001, t.endMs - t.arrivalMs));
    if (t.status === 'ok') {
      succeeded++;
      ok[second]!++;
      paid.add(c.order.id);
    } else if (t.reason === 'api-declined') declined++;
    else {
      failed++;
      failedAfterAttempts[t.apiAttempts] = (failedAfterAttempts[t.apiAttempts] ?? 0) + 1;
    }
  }
  latencies.sort((a, b) => a - b);

  const chargesPerOrder: [number, number, number, number] = [0, 0, 0, 0];
  let twice = 0;
  let notCharged = 0;
  let charges = 0;
  let unpaid = 0;
  for (const o of shop.orders) {
    const n = shop.chargesOf.get(o.id) ?? 0;
    charges += n;
    chargesPerOrder[Math.min(3, n)]! += 1;
    if (n > 1) twice++;
    if (n === 0 && paid.has(o.id)) notCharged++;
    if (!paid.has(o.id)) unpaid++;
  }
  const checkouts = shop.byRequest.size;
  return {
    checkouts,
    succeeded,
    failed,
    orders: shop.orders.length,
    attempts: shop.attempts,
    retries: shop.attempts - checkouts,
    charges,
    ordersChargedTwice: twice,
    paidButNotCharged: notCharged,
    declined,
    replayedDeclines: shop.replayedDeclines,
    retriedDeclines: shop.retriedDeclines,
    ordersUnpaid: unpaid,
    failures: shop.failures,
    failedAfterAttempts: Array.from(failedAfterAttempts, (n) => n ?? 0),
    chargesPerOrder,
    latency: {
      p50: quantile(latencies, 0.5),
      p95: quantile(latencies, 0.95),
      p99: quantile(latencies, 0.99),
      max: latencies.length > 0 ? latencies[latencies.length - 1]! : NaN,
    },
    perSecond: {
      t: Array.from({ length: seconds }, (_, i) => i + 0.5),
      checkouts: result.series.metrics.arrivalsPerSec.slice(0, seconds),
      attempts: shop.attemptsPerSecond,
      successRate: done.map((d, i) => (d > 0 ? ok[i]! / d : NaN)),
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
