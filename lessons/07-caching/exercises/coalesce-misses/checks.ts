import { defineChecks, describe, expectTrue, fail } from 'archlab';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;

/** A load the check settles by hand, so "while it is still running" is exact. */
interface Pending {
  key: string;
  resolve: (v: string) => void;
  reject: (e: Error) => void;
}

/**
 * A promise that notes whether anything listens to it (then, catch, finally and await all call
 * then). Promises made from it by then, catch or finally are Watched too, and every one is kept
 * in `made`, so a check can find a promise made from a load and then dropped: when the load
 * fails, nobody handles that one's rejection.
 */
class Watched<T> extends Promise<T> {
  static readonly made: Watched<unknown>[] = [];
  listened = false;

  constructor(
    executor: (
      resolve: (value: T | PromiseLike<T>) => void,
      reject: (reason?: unknown) => void,
    ) => void,
  ) {
    super(executor);
    Watched.made.push(this);
  }

  override then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    this.listened = true;
    return super.then(onfulfilled, onrejected);
  }
}

/**
 * A fake database: records every load and lets the check answer them in any order. With `watch`,
 * its loads return Watched promises.
 */
function fakeDatabase(name = 'db', watch = false) {
  const pending: Pending[] = [];
  let calls = 0;
  const take = (key: string): Pending[] => {
    const mine = pending.filter((p) => p.key === key);
    if (mine.length === 0)
      fail(`expected a query for “${key}” to be running, but none was started`);
    for (const p of mine) pending.splice(pending.indexOf(p), 1);
    return mine;
  };
  const load = (key: string) => {
    calls++;
    const executor = (resolve: (v: string) => void, reject: (e: Error) => void) =>
      pending.push({ key, resolve, reject });
    return watch ? new Watched<string>(executor) : new Promise<string>(executor);
  };
  return {
    load,
    get calls() {
      return calls;
    },
    /** Answer every pending load of `key` with "<name>:<key>#<calls so far>" (none left hanging). */
    answer(key: string) {
      for (const p of take(key)) p.resolve(`${name}:${key}#${calls}`);
    },
    /** Fail every pending load of `key`. */
    refuse(key: string, error: Error) {
      for (const p of take(key)) p.reject(error);
    },
    /** Whether a load of `key` is running. */
    running(key: string) {
      return pending.some((p) => p.key === key);
    },
  };
}

/** Let every pending promise reaction run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

/** The learner's wrapper around `load`, checked to be a function. */
function wrap(learner: Learner, load: (key: string) => Promise<string>) {
  const w: unknown = learner.coalesce(load);
  if (typeof w !== 'function')
    fail(`coalesce(load) must return a function (key) => Promise; it returned ${describe(w)}`);
  return (key: string) => {
    const p: unknown = (w as (k: string) => unknown)(key);
    if (!(p instanceof Promise))
      fail(`the wrapped function must return a Promise; for “${key}” it returned ${describe(p)}`);
    return p as Promise<string>;
  };
}

/**
 * Outcome of each promise once every pending reaction has run: its value, "error: message", or
 * "still waiting" (a read waiting on a query nobody will answer must not hang the check).
 */
async function outcomes(ps: readonly Promise<string>[]): Promise<string[]> {
  const got = ps.map(() => 'still waiting');
  ps.forEach((p, i) => {
    void p.then(
      (v: unknown) => (got[i] = typeof v === 'string' ? v : describe(v)),
      (e: unknown) => (got[i] = `error: ${e instanceof Error ? e.message : describe(e)}`),
    );
  });
  for (let i = 0; i < 5; i++) await settle();
  return got;
}

const queries = (n: number) => `${n} quer${n === 1 ? 'y' : 'ies'}`;
const distinct = (xs: readonly string[]) => [...new Set(xs)].join(', ');

export default defineChecks<Learner>({
  exports: ['coalesce'],
  checks: [
    {
      name: 'One load per key, however many reads wait for it',
      run: async (learner) => {
        const db = fakeDatabase();
        const get = wrap(learner, db.load);
        const reads = Array.from({ length: 50 }, () => get('home'));
        await settle();
        const started = db.calls;
        expectTrue(
          started === 1,
          `50 reads of “home” arrived while its first query was running, and ${started} queries ` +
            'were started. Remember the running load (its promise) before it finishes, and give ' +
            'it to every read of the same key that arrives meanwhile',
        );
        db.answer('home');
        const got = await outcomes(reads);
        expectTrue(
          got.every((v) => v === 'db:home#1'),
          `the 50 reads should all get the one query’s row “db:home#1”; they got ${distinct(got)}`,
        );
        return '50 concurrent reads of one key: 1 query, the same row for all';
      },
    },
    {
      name: 'Keys load independently',
      run: async (learner) => {
        const db = fakeDatabase();
        const get = wrap(learner, db.load);
        const a = [get('shoes'), get('shoes')];
        const b = [get('socks'), get('socks')];
        await settle();
        expectTrue(
          db.calls === 2,
          `two reads each of “shoes” and “socks” at the same time started ${queries(db.calls)}; ` +
            'each key needs its own query (and only one)',
        );
        db.answer('socks');
        const socks = await outcomes(b);
        expectTrue(
          socks.every((v) => v.startsWith('db:socks')),
          `“socks” was answered while “shoes” was still loading, but the reads of “socks” got ` +
            `${distinct(socks)}: a read may only share a load of its own key`,
        );
        db.answer('shoes');
        const shoes = await outcomes(a);
        expectTrue(
          shoes.every((v) => v.startsWith('db:shoes')),
          `the reads of “shoes” got ${distinct(shoes)}`,
        );
        return '“shoes” and “socks” loaded separately, each once';
      },
    },
    {
      name: 'A finished load is not reused: the next miss queries again',
      run: async (learner) => {
        const db = fakeDatabase();
        const get = wrap(learner, db.load);
        const first = get('price');
        await settle();
        db.answer('price');
        await outcomes([first]);
        await settle();
        const second = get('price');
        await settle();
        expectTrue(
          db.calls === 2,
          `after the first query for “price” finished, a new read started ${queries(db.calls - 1)}, ` +
            'and got the old row. Coalescing shares a load only while it runs; once it ' +
            'settles, forget the key (the cache in front, with its TTL, decides what is reused)',
        );
        db.answer('price');
        const [v] = await outcomes([second]);
        expectTrue(v === 'db:price#2', `the second read got “${v}”, not the new row “db:price#2”`);
        return 'the next read after a finished load queried again and got the new row';
      },
    },
    {
      name: 'A failed load fails its waiters, and the next read tries again',
      run: async (learner) => {
        Watched.made.length = 0;
        const db = fakeDatabase('db', true);
        const get = wrap(learner, db.load);
        const reads = [get('cart'), get('cart'), get('cart')];
        await settle();
        // Promises made from the load that nothing listens to: observed from here on, so their
        // rejection is counted by this check instead of escaping as an unhandled rejection.
        let unheard = 0;
        const handedOut = new Set<unknown>(reads);
        for (const p of Watched.made.splice(0))
          if (!p.listened && !handedOut.has(p))
            void Promise.prototype.then.call(p, undefined, () => unheard++);
        const before = db.calls;
        db.refuse('cart', new Error('connection reset'));
        const got = await outcomes(reads);
        const again = db.calls - before;
        expectTrue(
          again === 0,
          `the query for “cart” failed, and its 3 waiting reads then started ${queries(again)} ` +
            'of their own: a failure sent the herd to the database after all. Every read that ' +
            'shared the load shares its failure; the next read, after it, may try again',
        );
        expectTrue(
          got.every((v) => v === 'error: connection reset'),
          `the query for “cart” failed with “connection reset”; its 3 waiting reads got ` +
            `${distinct(got)}: every read that shared the load shares its failure`,
        );
        expectTrue(
          unheard === 0,
          `when the query for “cart” failed, ${unheard} promise(s) made from the load were ` +
            'rejected with nothing listening to them (for example load(key).finally(…) kept ' +
            'aside while the bare load is handed out): an unhandled rejection, which the ' +
            'browser reports as an error and which stops a Node server. Hand out the promise ' +
            'that finally returns, or handle every promise you make',
        );
        await settle();
        const retryBefore = db.calls;
        const retry = get('cart');
        await settle();
        expectTrue(
          db.calls === retryBefore + 1,
          `after the failed query, a new read of “cart” started ${queries(db.calls - retryBefore)}` +
            (db.calls === retryBefore
              ? ': the failure is kept forever. Forget the key when the load fails as well as ' +
                'when it succeeds'
              : '; one read needs one query'),
        );
        db.answer('cart');
        const [v = ''] = await outcomes([retry]);
        expectTrue(v.startsWith('db:cart'), `the read after the failure got “${v}”`);
        return 'a failure reached its 3 waiters; the next read queried again';
      },
    },
    {
      name: 'Two wrappers never share a load',
      run: async (learner) => {
        const products = fakeDatabase('products');
        const users = fakeDatabase('users');
        const getProduct = wrap(learner, products.load);
        const getUser = wrap(learner, users.load);
        const p = getProduct('42');
        const u = getUser('42');
        await settle();
        expectTrue(
          products.calls === 1 && users.calls === 1,
          `a products wrapper and a users wrapper both read key “42”: the products loader was ` +
            `called ${products.calls} time(s), the users loader ${users.calls}. Each wrapper ` +
            'needs its own in-flight map (inside coalesce, not at module level)',
        );
        products.answer('42');
        users.answer('42');
        const [pv, uv] = await outcomes([p, u]);
        expectTrue(
          pv === 'products:42#1' && uv === 'users:42#1',
          `the product read got “${pv}” and the user read “${uv}”`,
        );
        return 'each wrapper called its own loader';
      },
    },
    {
      name: 'Beats the plain loader on a herd of misses',
      run: async (learner, { chart }) => {
        // Three waves: 6 hot keys expire together, 300 reads of them arrive before the queries
        // return; then the next wave.
        const keys = ['home', 'deals', 'top-1', 'top-2', 'top-3', 'top-4'];
        const db = fakeDatabase();
        const get = wrap(learner, db.load);
        const perWave: number[] = [];
        for (let wave = 0; wave < 3; wave++) {
          const before = db.calls;
          const reads = Array.from({ length: 300 }, (_, i) => get(keys[i % keys.length]!));
          await settle();
          perWave.push(db.calls - before);
          for (const key of keys) if (db.running(key)) db.answer(key);
          await outcomes(reads);
          await settle();
        }
        chart({
          title: 'Database queries per wave of 300 reads of 6 expired keys',
          xLabel: 'Wave',
          yLabel: 'Queries',
          kind: 'bar',
          categories: ['1', '2', '3'],
          lines: [
            { label: 'plain loader', points: perWave.map((_, i) => [i, 300]) },
            { label: 'yours', points: perWave.map((q, i) => [i, q]) },
          ],
        });
        expectTrue(
          perWave.every((q) => q === keys.length),
          `each wave of 300 reads of ${keys.length} expired keys started ` +
            `${perWave.join(', ')} queries; one per key (${keys.length}) is what coalescing sends`,
        );
        return `${perWave.join(', ')} queries per wave instead of 300`;
      },
    },
  ],
});
