import {
  Cache,
  Rng,
  checkCache,
  cheHitRatio,
  defineChecks,
  describe,
  expectTrue,
  fail,
  topKeysHitRatio,
  zipfPopularity,
  zipfSampler,
} from 'archlab';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;

/** A workload: read probabilities per key, in the order the learner receives them. */
interface Case {
  name: string;
  popularity: number[];
  target: number;
}

/** A fixed shuffle (Fisher–Yates on a seeded stream): the keys do not arrive sorted. */
function shuffled(p: ArrayLike<number>, seed: number): number[] {
  const a = Array.from(p);
  const rng = new Rng(seed);
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** 200 hot keys share 60 % of the reads, 9800 others share the rest evenly. */
function twoTier(): number[] {
  const p: number[] = [];
  for (let k = 0; k < 200; k++) p.push(0.6 / 200);
  for (let k = 0; k < 9800; k++) p.push(0.4 / 9800);
  return p;
}

const CASES: Case[] = [
  {
    name: '10 000 products, Zipf s = 0.8, target 60 %',
    popularity: shuffled(zipfPopularity(10_000, 0.8), 1),
    target: 0.6,
  },
  {
    name: '5000 articles, Zipf s = 1.0, sorted, target 80 %',
    popularity: Array.from(zipfPopularity(5000, 1)),
    target: 0.8,
  },
  {
    name: '200 hot keys with 60 % of the reads among 10 000, target 65 %',
    popularity: shuffled(twoTier(), 2),
    target: 0.65,
  },
  // A high target: the characteristic time is about three times the number of keys, so a search
  // that caps it there stops short.
  {
    name: '3000 products, Zipf s = 0.9, target 90 %',
    popularity: shuffled(zipfPopularity(3000, 0.9), 4),
    target: 0.9,
  },
  // The first workload's target on another workload: an answer kept by target alone is caught.
  {
    name: '20 000 pages, Zipf s = 1.1, target 60 %',
    popularity: shuffled(zipfPopularity(20_000, 1.1), 3),
    target: 0.6,
  },
];

const neededCache = new Map<Case, number>();
/** The smallest size whose Che hit ratio reaches the target (Che et al. 2002); fixed per case. */
function needed(c: Case): number {
  const known = neededCache.get(c);
  if (known !== undefined) return known;
  let lo = 1;
  let hi = c.popularity.length;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (cheHitRatio(c.popularity, mid) >= c.target) hi = mid;
    else lo = mid + 1;
  }
  neededCache.set(c, lo);
  return lo;
}

/** Answers of the module being graded (both checks ask the same questions). */
const answers = new WeakMap<Learner, Map<Case, number>>();

/** The learner's answer for a case, checked to be a usable size. */
function answer(learner: Learner, c: Case): number {
  let mine = answers.get(learner);
  if (!mine) answers.set(learner, (mine = new Map<Case, number>()));
  const known = mine.get(c);
  if (known !== undefined) return known;
  let n: unknown;
  try {
    n = learner.entriesFor([...c.popularity], c.target);
  } catch (e) {
    fail(`“${c.name}”: entriesFor threw ${e instanceof Error ? e.message : describe(e)}`);
  }
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > c.popularity.length)
    fail(
      `“${c.name}”: entriesFor returned ` +
        // Printed in full: rounded to a few digits, 2322.6 would look like the whole number 2323.
        (typeof n === 'number' && Number.isFinite(n) && !Number.isInteger(n)
          ? `${n}, a fraction of an entry; round the number of keys held up (Math.ceil)`
          : `${describe(n)}; return a whole number of entries between 1 and the ` +
            `${c.popularity.length} keys`),
    );
  mine.set(c, n);
  return n;
}

/**
 * When `n` is also the learner's answer for another workload that needs a different size, the hint
 * that an earlier answer was kept (a module-level memo keyed by the target, say); else ''.
 */
function keptOver(learner: Learner, c: Case, n: number): string {
  const twin = CASES.find((o) => o !== c && answer(learner, o) === n && needed(o) !== needed(c));
  return twin
    ? `. ${n} is also your answer for “${twin.name}”, which needs ${needed(twin)}: the size ` +
        'depends on the whole popularity, not only on the target or the number of keys (is an ' +
        'answer kept from an earlier call?)'
    : '';
}

/** LRU hit ratio of `capacity` entries measured on a seeded trace of independent reads. */
function measured(c: Case, capacity: number): number {
  const cache = new Cache(checkCache({ capacity }), new Rng(3));
  const next = zipfSampler(c.popularity, new Rng(4));
  const warm = 40_000;
  const n = warm + 80_000;
  let hits = 0;
  for (let i = 0; i < n; i++) {
    const key = next();
    const hit = cache.get(key, i);
    if (!hit) cache.set(key, i);
    if (hit && i >= warm) hits++;
  }
  return hits / (n - warm);
}

const pct = (h: number) => `${(h * 100).toFixed(1)} %`;
/** Simulated hit ratios are a few tenths of a percent noisy; Che is within about 1 % here. */
const TOLERANCE = 0.01;
/** Buying up to this much more than needed still counts as sized right. */
const SLACK = 1.1;

export default defineChecks<Learner>({
  exports: ['entriesFor'],
  checks: [
    {
      name: 'Reaches the target hit ratio on every workload',
      run: (learner, { chart }) => {
        const rows = CASES.map((c) => {
          const n = answer(learner, c);
          return { c, n, h: measured(c, n), need: needed(c) };
        });
        chart({
          title: 'Your cache size against what LRU needs (entries)',
          xLabel: 'Workload',
          yLabel: 'Entries',
          kind: 'bar',
          categories: CASES.map((c) => c.name),
          lines: [
            { label: 'yours', points: rows.map((r, i) => [i, r.n]) },
            { label: 'smallest that reaches the target', points: rows.map((r, i) => [i, r.need]) },
          ],
        });
        for (const { c, n, h, need } of rows) {
          const top = topKeysHitRatio(c.popularity, n);
          expectTrue(
            h >= c.target - TOLERANCE,
            `“${c.name}”: ${n} entries gave LRU a hit ratio of ${pct(h)} on 80 000 reads, below ` +
              `the ${pct(c.target)} target; it needs about ${need}. ` +
              (top >= c.target - TOLERANCE
                ? `The ${n} most popular keys do get ${pct(top)} of the reads, but LRU does not ` +
                  'hold exactly those: every rare key read once also takes a place for a while. ' +
                  'Che’s approximation gives the hit ratio LRU really gets'
                : 'Work out the hit ratio each size gives LRU (Che’s approximation) and search ' +
                  'for the smallest that reaches the target' +
                  // A size tuned to a hundredth of the target: the target was read as a percentage.
                  (cheHitRatio(c.popularity, n) < c.target / 10
                    ? '; check how you read the target (a fraction, 0.8 is 80 %)'
                    : `: by that approximation ${n} entries hit ` +
                      `${pct(cheHitRatio(c.popularity, n))}, short of it (a search for the ` +
                      'characteristic time must not stop at the number of keys: it can be ' +
                      'many times that)')) +
              keptOver(learner, c, n),
          );
        }
        return rows.map((r) => `${r.n} entries → ${pct(r.h)}`).join('; ');
      },
    },
    {
      name: `No more than ${Math.round((SLACK - 1) * 100)} % above the smallest size that reaches it`,
      run: (learner) => {
        for (const c of CASES) {
          const n = answer(learner, c);
          const need = needed(c);
          expectTrue(
            n <= Math.ceil(need * SLACK),
            `“${c.name}”: you asked for ${n} entries, but ${need} already reach ` +
              `${pct(c.target)} (LRU hits ${pct(cheHitRatio(c.popularity, need))} with them, by ` +
              `Che’s approximation): ${(n / need).toFixed(1)}× the memory. With skewed ` +
              'popularity a small cache already answers most reads; the size that counts is ' +
              'the number of keys held, Σ (1 − e^(−p·t_C)), not a share of all keys nor t_C itself' +
              keptOver(learner, c, n),
          );
        }
        return CASES.map((c) => `${answer(learner, c)} (smallest ${needed(c)})`).join(', ');
      },
    },
  ],
});
