import {
  Cache,
  Rng,
  checkCache,
  defineChecks,
  describe,
  expectTrue,
  fail,
  lruVictim,
  zipfPopularity,
  zipfSampler,
  type CacheEntryView,
  type EvictionFn,
  type EvictionPolicy,
  type EvictionState,
} from 'archlab';
import type * as Solution from './solution.ts';

type Learner = typeof Solution & {
  touched?: (entry: CacheEntryView, state: EvictionState) => void;
  removed?: (entry: CacheEntryView, state: EvictionState) => void;
};

/** One call of the learner's victim: what it returned, and the keys of the entries, in order. */
interface Choice {
  choice: unknown;
  keys: number[];
}

/** The learner's policy as the engine takes it; every choice is logged in `choices` if given. */
function policy(learner: Learner, choices?: Choice[]): EvictionPolicy {
  const victim: EvictionPolicy['victim'] = (entries, state) => {
    const choice = (learner.victim as EvictionFn)(entries, state);
    choices?.push({ choice, keys: entries.map((e) => e.key) });
    return choice;
  };
  const p: EvictionPolicy = { victim: choices ? victim : learner.victim };
  if (typeof learner.touched === 'function') p.touched = learner.touched;
  if (typeof learner.removed === 'function') p.removed = learner.removed;
  return p;
}

/** A step of a scripted scenario: read a key at a time (a miss stores it). */
type Step = readonly [key: string, atMs: number];

/**
 * A cache of `size` products, all stored, then all read again in a seeded shuffled order, then
 * `newcomers` new products stored: each eviction has one right answer among many entries, which a
 * policy that looks at a sample of them (as Redis's approximate LRU does) misses.
 */
function fullCache(
  size: number,
  newcomers: number,
): { name: string; capacity: number; steps: Step[] } {
  const steps: Step[] = [];
  const names = Array.from({ length: size }, (_, k) => `p${k + 1}`);
  names.forEach((n, k) => steps.push([n, k + 1]));
  const order = [...names];
  const rng = new Rng(5);
  for (let k = order.length - 1; k > 0; k--) {
    const j = rng.int(k + 1);
    [order[k], order[j]] = [order[j]!, order[k]!];
  }
  order.forEach((n, k) => steps.push([n, size + k + 1]));
  for (let k = 0; k < newcomers; k++) steps.push([`new${k + 1}`, 2 * size + k + 1]);
  return {
    name: `a full cache of ${size} products, read again in a shuffled order`,
    capacity: size,
    steps,
  };
}

/**
 * Scripted scenarios on a cache of `capacity`, each built so that LRU's choice differs from
 * storing order (FIFO), from hit counts (LFU), from expiry order, from the entries' positions and
 * from the most recent use.
 */
const SCENARIOS: { name: string; capacity: number; steps: Step[] }[] = [
  {
    name: 'a popular entry stored first',
    capacity: 3,
    steps: [
      ['shoes', 1],
      ['socks', 2],
      ['hat', 3],
      ['shoes', 4],
      ['scarf', 5],
    ],
  },
  {
    name: 'many hits long ago',
    capacity: 3,
    steps: [
      ['mug', 1],
      ['mug', 2],
      ['mug', 3],
      ['mug', 4],
      ['pen', 5],
      ['ink', 6],
      ['pen', 7],
      ['ink', 8],
      ['pad', 9],
    ],
  },
  {
    name: 'a longer run on four entries',
    capacity: 4,
    steps: [
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 4],
      ['a', 5],
      ['c', 6],
      ['e', 7],
      ['b', 8],
      ['d', 9],
      ['a', 10],
      ['f', 11],
      ['c', 12],
      ['g', 13],
      ['e', 14],
      ['b', 15],
    ],
  },
  fullCache(40, 10),
];

/**
 * Caches that ran before a new one, on the first scenario's keys at later times: after the first,
 * “socks” was used longest ago; after the second, “hat”. A new cache must not care.
 */
const EARLIER_CACHES: { name: string; steps: Step[] }[] = [
  {
    name: 'a cache that last used socks, shoes, hat in that order',
    steps: [
      ['socks', 100],
      ['shoes', 101],
      ['hat', 102],
      ['scarf', 103],
    ],
  },
  {
    name: 'one that last used hat, shoes, socks',
    steps: [
      ['hat', 200],
      ['shoes', 201],
      ['socks', 202],
      ['scarf', 203],
    ],
  },
];

/** Replays `steps` on a cache with `eviction`; returns each eviction as [step, evicted key]. */
function replay(
  eviction: EvictionPolicy | 'lru',
  capacity: number,
  steps: readonly Step[],
  who: string,
  names: readonly string[] = [...new Set(steps.map(([k]) => k))],
): { evicted: [number, string][]; held: string[][] } {
  const id = (k: string) => names.indexOf(k);
  // Entries expire in storing order: an expiry-based choice is FIFO's, not LRU's.
  const cache = new Cache(checkCache({ capacity, ttlMs: 1e6, eviction }), new Rng(1));
  const evicted: [number, string][] = [];
  const held: string[][] = [];
  steps.forEach(([k, t], i) => {
    const before = names.filter((n) => cache.peek(id(n), t));
    held.push(before);
    try {
      if (!cache.get(id(k), t)) cache.set(id(k), t);
    } catch (e) {
      fail(
        `${who}: at step ${i + 1} (reading “${k}” at ${t} ms, cache holding ${before.join(', ')}) ` +
          `your policy failed: ${e instanceof Error ? e.message : describe(e)}. Return one of the ` +
          'entries it is given, or its position in the list',
      );
    }
    const after = names.filter((n) => cache.peek(id(n), t));
    const gone = before.filter((n) => !after.includes(n));
    if (gone.length > 0) evicted.push([i, gone[0]!]);
  });
  return { evicted, held };
}

/**
 * For a victim that returned a number: which entry that position named, and whether the number
 * was the LRU entry's key rather than its position; else ''.
 */
function numberHint(call: Choice | undefined, names: readonly string[], lru: string): string {
  if (call === undefined || typeof call.choice !== 'number') return '';
  const n = call.choice;
  const at = call.keys[n];
  const lruKey = names.indexOf(lru);
  return (
    `Your victim returned the number ${n}, which the cache reads as a position in entries` +
    (at === undefined ? '' : ` (there, “${names[at]}”)`) +
    (n === lruKey && call.keys[n] !== lruKey
      ? `; ${n} is the key of “${lru}”, whose position was ${call.keys.indexOf(lruKey)}: ` +
        'return the entry itself, or its position'
      : '') +
    '. '
  );
}

/** "shoes (last used 4 ms)" for every entry held before step `i`. */
function describeHeld(
  steps: readonly Step[],
  i: number,
  held: readonly string[],
  focus: readonly string[],
): string {
  const lastUse = (n: string) => {
    let last = 0;
    for (let j = 0; j < i; j++) if (steps[j]![0] === n) last = steps[j]![1];
    return `${n} (last used at ${last} ms)`;
  };
  // A long list is cut to the entries the message is about.
  if (held.length <= 6) return held.map(lastUse).join(', ');
  const shown = held.filter((n) => focus.includes(n));
  return `${held.length} entries, among them ${shown.map(lastUse).join(', ')}`;
}

/** Hit ratio on a seeded Zipf trace of a cache of 200 entries with this eviction. */
function zipfHitRatio(eviction: EvictionPolicy | 'lru' | 'fifo' | 'random'): number {
  const p = zipfPopularity(5000, 0.9);
  const next = zipfSampler(p, new Rng(21));
  const cache = new Cache(checkCache({ capacity: 200, eviction }), new Rng(2));
  let hits = 0;
  const n = 30_000;
  const warm = 5000;
  for (let i = 0; i < n; i++) {
    const key = next();
    const hit = cache.get(key, i);
    try {
      if (!hit) cache.set(key, i);
    } catch (e) {
      fail(
        `on read ${i + 1} of the skewed trace (key ${key}, a cache of 200 entries) your policy ` +
          `failed: ${e instanceof Error ? e.message : describe(e)}. Return one of the entries ` +
          'it is given, or its position in the list',
      );
    }
    if (hit && i >= warm) hits++;
  }
  return hits / (n - warm);
}

export default defineChecks<Learner>({
  exports: ['victim'],
  checks: [
    {
      name: 'Written by you, not the engine’s built-in',
      run: (learner) => {
        expectTrue(
          typeof learner.victim === 'function',
          `export function victim(entries, state) { … }: got ${describe(learner.victim)}`,
        );
        expectTrue(
          learner.victim !== lruVictim,
          'victim is the engine’s own lruVictim, re-exported: write the policy yourself',
        );
        // A victim that calls lruVictim and passes its choice on: the import compiles to a property
        // access (import_archlab.lruVictim), which a helper of the learner's own so named is not.
        const code = Function.prototype.toString.call(learner.victim);
        expectTrue(
          !/\.\s*lruVictim\b/.test(code),
          'victim calls the engine’s own lruVictim and passes its choice on: write the choice ' +
            'yourself (the entry with the smallest lastUsedAtMs)',
        );
        return 'your own function';
      },
    },
    {
      name: 'Evicts the least recently used entry',
      run: (learner) => {
        for (const s of SCENARIOS) {
          const names = [...new Set(s.steps.map(([k]) => k))];
          const choices: Choice[] = [];
          const expected = replay('lru', s.capacity, s.steps, s.name);
          const got = replay(policy(learner, choices), s.capacity, s.steps, `“${s.name}”`);
          expected.evicted.forEach(([i, key], n) => {
            const mine = got.evicted[n];
            if (mine === undefined || mine[0] !== i || mine[1] !== key) {
              const [k, t] = s.steps[i]!;
              fail(
                `“${s.name}”, a cache of ${s.capacity}: storing “${k}” at ${t} ms, it held ` +
                  `${describeHeld(s.steps, i, expected.held[i]!, [key, mine?.[1] ?? key])}. ` +
                  `LRU evicts “${key}”; your ` +
                  `policy evicted ${mine && mine[0] === i ? `“${mine[1]}”` : 'nothing at this step'}. ` +
                  numberHint(choices[n], names, key) +
                  'Least recently used means the smallest lastUsedAtMs: a hit counts as a use, ' +
                  'whenever the entry was stored and however often it was read',
              );
            }
          });
        }
        return `every eviction in ${SCENARIOS.length} scenarios was the least recently used entry`;
      },
    },
    {
      name: 'Starts afresh with every new cache',
      run: (learner) => {
        const s = SCENARIOS[0]!;
        const names = [...new Set(s.steps.map(([k]) => k))];
        // Each earlier cache reads the same keys later and in another order, and evicts one of
        // them, so anything kept by key between caches points the next choice elsewhere.
        const runs = EARLIER_CACHES.map((earlier) => {
          replay(policy(learner), s.capacity, earlier.steps, earlier.name, names);
          return replay(policy(learner), s.capacity, s.steps, 'a new cache', names)
            .evicted.map(([, k]) => k)
            .join(', ');
        });
        const [a = '', b = ''] = runs;
        expectTrue(
          a === b,
          `the same reads on a new cache evicted ${a || 'nothing'} after ` +
            `${EARLIER_CACHES[0]!.name}, and ${b || 'nothing'} after ${EARLIER_CACHES[1]!.name}: ` +
            'your policy keeps something between caches (a module variable?). Keep its ' +
            'bookkeeping in state.data or state.vars, which every cache starts empty',
        );
        return `the same reads evicted the same entries (${a}) whatever cache came before`;
      },
    },
    {
      name: 'Matches LRU’s hit ratio on skewed traffic, above FIFO and random',
      run: (learner, { chart }) => {
        const mine = zipfHitRatio(policy(learner));
        const lru = zipfHitRatio('lru');
        const fifo = zipfHitRatio('fifo');
        const random = zipfHitRatio('random');
        chart({
          title: 'Hit ratio of a 200-entry cache, 5000 products, Zipf s = 0.9 (%)',
          xLabel: 'Eviction policy',
          yLabel: 'Hit ratio (%)',
          kind: 'bar',
          categories: ['yours', 'LRU', 'FIFO', 'random'],
          lines: [
            { label: 'hit ratio', points: [mine, lru, fifo, random].map((h, i) => [i, h * 100]) },
          ],
        });
        const pct = (h: number) => `${(h * 100).toFixed(1)} %`;
        expectTrue(
          Math.abs(mine - lru) < 0.002,
          `on 30 000 reads of 5000 products your policy hit ${pct(mine)}, LRU ${pct(lru)} ` +
            `(FIFO ${pct(fifo)}, random ${pct(random)}): ` +
            (mine > lru
              ? 'more than LRU, so it is another policy. Keeping the most-read entries (LFU) ' +
                'wins when every read is independent, as here, but it keeps yesterday’s ' +
                'favourites when popularity shifts; the task is LRU: the oldest last use goes'
              : 'evict the entry with the oldest last use'),
        );
        return `hit ratio ${pct(mine)}, as LRU; FIFO ${pct(fifo)}, random ${pct(random)}`;
      },
    },
  ],
});
