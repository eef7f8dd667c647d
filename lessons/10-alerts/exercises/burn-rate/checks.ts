import {
  defineChecks,
  describe,
  expectTrue,
  fail,
  simulate,
  type AlertQuery,
  type SimResult,
} from 'archlab';
import { dayScenario, type Day } from '../../incidents.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;

const MIN = 60_000;

/** Three hours at 2 requests/s, scraped and evaluated every minute. */
const day = (d: Partial<Day> & Pick<Day, 'name' | 'share' | 'outages'>): Day => ({
  durationMs: 180 * MIN,
  ratePerSec: 2,
  apiErrorRate: 0.0005,
  resolutionMs: MIN,
  ...d,
});

interface Case {
  day: Day;
  /** When the alert may first fire (earlier is a false page), ms. */
  notBeforeMs: number;
  /** When it must have fired by, ms (null: it must not fire at all). */
  byMs: number | null;
}

const CASES: Case[] = [
  {
    // 0.05 % background errors, a 20 s total failure at 90 min, a 10 min outage at 150 min.
    day: day({
      name: 'a blip at 90 min, an outage at 150 min',
      share: 1,
      outages: [
        { atMs: 90 * MIN, durationMs: 20_000 },
        { atMs: 150 * MIN, durationMs: 10 * MIN },
      ],
    }),
    notBeforeMs: 150 * MIN,
    byMs: 155 * MIN,
  },
  {
    // 2 % of requests fail for an hour from 70 min: 20× the budget.
    day: day({
      name: '2 % errors for an hour from 70 min',
      share: 0.02,
      apiErrorRate: 0.025,
      outages: [{ atMs: 70 * MIN, durationMs: 60 * MIN }],
    }),
    notBeforeMs: 70 * MIN,
    byMs: 115 * MIN,
  },
  {
    // 0.8 % of requests fail all day: 8× the budget, gone in under 4 days.
    day: day({ name: '0.8 % errors all day', share: 0.008, apiErrorRate: 1, outages: [] }),
    notBeforeMs: 0,
    byMs: 60 * MIN,
  },
  {
    // 0.05 % errors all day: half the budget. Never page.
    day: day({ name: 'a healthy day (0.05 % errors)', share: 1, outages: [] }),
    notBeforeMs: 0,
    byMs: null,
  },
];

// Keyed by the learner's module: checks stay loaded between runs, and each run has new code.
const results = new WeakMap<Learner, Map<Case, SimResult>>();
function run(learner: Learner, c: Case): SimResult {
  let mine = results.get(learner);
  if (!mine) results.set(learner, (mine = new Map<Case, SimResult>()));
  let r = mine.get(c);
  if (!r) {
    const condition = (q: AlertQuery): boolean => learner.shouldPage(q) === true;
    r = simulate(dayScenario(c.day, [{ name: 'SLOBurn', kind: 'function', condition }]), {
      seed: 41,
    });
    mine.set(c, r);
  }
  return r;
}

const minutes = (ms: number) => `${Math.round(ms / MIN)} min`;

export default defineChecks<Learner>({
  exports: ['SLO', 'burnRate', 'shouldPage'],
  checks: [
    {
      name: 'burnRate() is the error ratio divided by the error budget',
      run: (learner) => {
        for (const [ratio, objective, want] of [
          [0.001, 0.999, 1],
          [0.0144, 0.999, 14.4],
          [0.05, 0.99, 5],
          [0, 0.999, 0],
        ] as const) {
          const got: unknown = learner.burnRate(ratio, objective);
          if (typeof got !== 'number')
            fail(`burnRate(${ratio}, ${objective}) returned ${describe(got)}`);
          expectTrue(
            Math.abs(got - want) < 1e-9 * Math.max(1, want),
            `burnRate(${ratio}, ${objective}): the budget is ${describe(1 - objective)}, so expected ${want}, got ${describe(got)}`,
          );
        }
        expectTrue(learner.SLO === 0.999, `SLO should be 0.999, got ${describe(learner.SLO)}`);
        return '0.1 % errors against a 99.9 % SLO burn at exactly 1×';
      },
    },
    {
      name: 'Silent on a healthy day and through a 20 s blip',
      run: (learner) => {
        for (const c of [CASES[3]!, CASES[0]!]) {
          const early = run(learner, c)
            .alerts.notifications.filter((n) => n.kind === 'firing' && n.tMs < c.notBeforeMs)
            .map((n) => n.tMs);
          expectTrue(
            early.length === 0,
            `“${c.day.name}”: your rule paged at ${early.map(minutes).join(', ')}, when the error budget was not in danger`,
          );
        }
        return 'no page for errors the budget can absorb';
      },
    },
    {
      name: 'Pages for a fast burn within 5 min, a 20× burn within 45 min, a slow 8× burn within an hour',
      run: (learner, { chart }) => {
        const rows: string[] = [];
        const pairs: [number, number][] = [];
        CASES.slice(0, 3).forEach((c, i) => {
          const first = run(learner, c).alerts.notifications.find(
            (n) => n.kind === 'firing' && n.tMs >= c.notBeforeMs,
          );
          expectTrue(
            first !== undefined && first.tMs <= c.byMs!,
            `“${c.day.name}”: expected a page by ${minutes(c.byMs!)}, ${first ? `got one only at ${minutes(first.tMs)}` : 'got none'}`,
          );
          rows.push(`${c.day.name}: ${minutes(first!.tMs - c.notBeforeMs)} after it began`);
          pairs.push([i, (first!.tMs - c.notBeforeMs) / MIN]);
        });
        const r = run(learner, CASES[1]!);
        const t = r.series.t.map((x) => (x + r.series.resolutionMs) / MIN);
        const errors = r.series.metrics.errors;
        const requests = r.series.metrics.requests;
        const rolling = (k: number) =>
          t.map((x, i) => {
            let e = 0;
            let n = 0;
            for (let j = Math.max(0, i - k + 1); j <= i; j++) {
              e += errors[j]!;
              n += requests[j]!;
            }
            return [x, n > 0 ? e / n / 0.001 : 0] as [number, number];
          });
        chart({
          title: '“2 % errors for an hour”: burn rate over the windows',
          xLabel: 'Simulated time (min)',
          yLabel: 'Burn rate (× budget)',
          kind: 'line',
          lines: [
            { label: '5 min window', points: rolling(5) },
            { label: '1 h window', points: rolling(60) },
            { label: '30 min window', points: rolling(30) },
            { label: '6 h window', points: rolling(360) },
          ],
        });
        return rows.join('; ');
      },
    },
  ],
});
