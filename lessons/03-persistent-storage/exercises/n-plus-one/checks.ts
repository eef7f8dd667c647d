import {
  defineChecks,
  describe,
  expectEqual,
  expectTrue,
  fail,
  simulate,
  type SimResult,
} from 'archlab';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;
type Product = Solution.Product;
type OrderItem = Solution.OrderItem;

const NAMES = ['Mug', 'Kettle', 'Tea', 'Coffee', 'Filter', 'Grinder', 'Spoon', 'Tray', 'Scale'];
const product = (id: number): Product => ({
  id,
  name: `${NAMES[id % NAMES.length]} #${id}`,
  priceCents: 100 + ((id * 37) % 900),
});

/** An order of `size` distinct products, starting at product `first`. */
const orderOf = (size: number, first = 1): OrderItem[] =>
  Array.from({ length: size }, (_, i) => ({ productId: first + i * 3, quantity: 1 + (i % 4) }));

const ORDERS = new Map<number, OrderItem[]>([
  [
    1,
    [
      { productId: 4, quantity: 2 },
      { productId: 11, quantity: 1 },
      { productId: 7, quantity: 3 },
    ],
  ],
  // The same product on two lines, and ids that the database returns in another order.
  [
    2,
    [
      { productId: 30, quantity: 1 },
      { productId: 5, quantity: 2 },
      { productId: 30, quantity: 4 },
      { productId: 12, quantity: 1 },
    ],
  ],
  [3, []],
]);
/** Order sizes the traffic mixes, and their share of requests. */
const SIZES = [
  { items: 2, weight: 50 },
  { items: 10, weight: 30 },
  { items: 40, weight: 20 },
] as const;
for (const { items } of SIZES) ORDERS.set(1000 + items, orderOf(items, items));
ORDERS.set(1001, orderOf(1, 2));

/** A fake database that answers like the real one and counts the queries it receives. */
function countingDb() {
  const db = {
    queries: 0,
    orderItems(orderId: number): OrderItem[] {
      db.queries++;
      return (ORDERS.get(orderId) ?? []).map((item) => ({ ...item }));
    },
    productById(id: number): Product | undefined {
      db.queries++;
      return id > 0 && id <= 500 ? product(id) : undefined;
    },
    productsByIds(ids: number[]): Product[] {
      db.queries++;
      if (!Array.isArray(ids)) fail(`productsByIds expects an array of ids, got ${describe(ids)}`);
      // Like SQL's IN / ANY: each row once, in an order of the database's choosing.
      const unique = [...new Set(ids)].filter((id) => id > 0 && id <= 500);
      return unique.sort((a, b) => ((b * 7919) % 101) - ((a * 7919) % 101) || b - a).map(product);
    },
  };
  return db;
}

/** The page the shop should show for an order. */
function expectedPage(orderId: number) {
  const lines = (ORDERS.get(orderId) ?? []).map((item) => {
    const p = product(item.productId);
    return {
      name: p.name,
      quantity: item.quantity,
      priceCents: p.priceCents,
      lineTotalCents: p.priceCents * item.quantity,
    };
  });
  return { lines, totalCents: lines.reduce((s, l) => s + l.lineTotalCents, 0) };
}

function render(learner: Learner, orderId: number) {
  const db = countingDb();
  const page: unknown = learner.orderPage(db, orderId);
  return { page, queries: db.queries };
}

function expectPage(learner: Learner, orderId: number, what: string): number {
  const { page, queries } = render(learner, orderId);
  const want = expectedPage(orderId);
  const got = page as { lines?: unknown; totalCents?: unknown } | null;
  if (typeof got !== 'object' || got === null || !Array.isArray(got.lines))
    fail(`${what}: orderPage must return { lines, totalCents }, got ${describe(page)}`);
  expectEqual(got.lines.length, want.lines.length, `${what}: number of lines`);
  want.lines.forEach((line, i) => {
    const g = (got.lines as unknown[])[i];
    // Field by field: the same fields in another key order (or extra fields) are the same line.
    const fields = Object.keys(line) as (keyof typeof line)[];
    const wrong = fields.filter((k) => (g as Record<string, unknown> | null)?.[k] !== line[k]);
    expectTrue(
      wrong.length === 0,
      `${what}, line ${i + 1}: expected ${describe(line)}, got ${describe(g)} ` +
        `(${wrong.join(', ')} differ${wrong.length === 1 ? 's' : ''})`,
    );
  });
  expectEqual(got.totalCents, want.totalCents, `${what}: totalCents`);
  return queries;
}

/** The shop's traffic: 100 order pages per second; the database is in another zone (2 ms RTT). */
function simulateShop(queriesFor: (items: number) => number, seed: number): SimResult {
  return simulate(
    {
      durationMs: 8_000,
      warmupMs: 1_000,
      traffic: {
        kind: 'poisson',
        ratePerSec: 100,
        requestTypes: SIZES.map((s) => ({
          name: `${s.items} items`,
          weight: s.weight,
          dbQueries: queriesFor(s.items),
        })),
      },
      servers: [{ cores: 4, serviceTime: { kind: 'exponential', mean: 5 }, blockingIo: false }],
      database: { link: { latencyMs: 1 }, poolSize: 20, capacity: 8 },
    },
    { seed },
  );
}

const TARGET_P95_MS = 50;

export default defineChecks<Learner>({
  exports: ['orderPage'],
  checks: [
    {
      name: 'The page lists every line with name, price and totals',
      run: (learner) => {
        expectPage(learner, 1, 'Order 1');
        expectPage(learner, 3, 'An empty order');
        return 'order 1 (3 lines) and an empty order are right';
      },
    },
    {
      name: 'Repeated products and rows in any order still give the right lines',
      run: (learner) => {
        expectPage(learner, 2, 'Order 2 (product 30 on two lines)');
        return 'each line matched to its own product';
      },
    },
    {
      name: 'The number of queries does not grow with the order (at most 2)',
      run: (learner, { chart }) => {
        const sizes = [1, ...SIZES.map((s) => s.items)];
        const counts = sizes.map((items) =>
          expectPage(learner, 1000 + items, `An order of ${items}`),
        );
        chart({
          title: 'Queries per order page',
          xLabel: 'items in the order',
          yLabel: 'queries (round trips)',
          kind: 'bar',
          categories: sizes.map(String),
          lines: [
            { label: 'your orderPage', points: counts.map((q, i) => [i, q] as const) },
            { label: 'one query per item (N+1)', points: sizes.map((n, i) => [i, n + 1] as const) },
          ],
        });
        sizes.forEach((items, i) => {
          expectTrue(
            counts[i]! <= 2,
            `An order of ${items} items made ${counts[i]} queries (${counts[i]} round trips); ` +
              'fetch all its products with one productsByIds call: 2 queries whatever the size',
          );
        });
        return `queries for 1, 2, 10 and 40 items: ${counts.join(', ')}`;
      },
    },
    {
      name: `Under real traffic, p95 latency stays under ${TARGET_P95_MS} ms`,
      run: (learner, { chart }) => {
        const queries = new Map<number, number>();
        for (const s of SIZES) queries.set(s.items, render(learner, 1000 + s.items).queries);
        const yours = simulateShop((items) => queries.get(items) ?? 1, 11).summary;
        const naive = simulateShop((items) => items + 1, 11).summary;
        chart({
          title: 'Order pages at 100 per second (database 2 ms away)',
          xLabel: 'handler',
          yLabel: 'latency (ms)',
          kind: 'bar',
          categories: ['N+1 queries', 'your orderPage'],
          lines: [
            {
              label: 'p50',
              points: [[0, naive.latencyMs.p50] as const, [1, yours.latencyMs.p50] as const],
            },
            {
              label: 'p95',
              points: [[0, naive.latencyMs.p95] as const, [1, yours.latencyMs.p95] as const],
            },
          ],
        });
        const p95 = yours.latencyMs.p95;
        const dbUse = ((yours.database?.utilisation ?? 0) * 100).toFixed(0);
        expectTrue(
          p95 <= TARGET_P95_MS,
          `p95 latency was ${Number.isFinite(p95) ? p95.toFixed(0) : 'unbounded'} ms (target ${TARGET_P95_MS} ms); ` +
            `your pages made ${[...queries.values()].join(', ')} queries for 2, 10 and 40 items`,
        );
        return `p95 ${p95.toFixed(0)} ms (N+1: ${naive.latencyMs.p95.toFixed(0)} ms); database ${dbUse}% busy (N+1: ${((naive.database?.utilisation ?? 0) * 100).toFixed(0)}%)`;
      },
    },
  ],
});
