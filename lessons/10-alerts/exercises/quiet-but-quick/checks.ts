import {
  defineChecks,
  describe,
  expectTrue,
  fail,
  simulate,
  type AlertRuleSpec,
  type SimResult,
} from 'archlab';
import { dayScenario, type Day } from '../../incidents.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;

const MIN = 60_000;
/** A real incident must be reported this soon after it starts. */
const DEADLINE_MS = 90_000;
/** Firing this long after an incident ended still counts as about that incident. */
const GRACE_MS = 60_000;

const day = (d: Partial<Day> & Pick<Day, 'name' | 'share' | 'outages'>): Day => ({
  durationMs: 10 * MIN,
  ratePerSec: 20,
  apiErrorRate: 0.002,
  resolutionMs: 5000,
  ...d,
});

/** Days with no incident: blips of up to 20 s, and a steady 2 % of errors. */
const QUIET: Day[] = [
  day({
    name: 'three blips (20 s, 15 s, 20 s of total failure)',
    share: 1,
    outages: [
      { atMs: 2 * MIN, durationMs: 20_000 },
      { atMs: 5 * MIN, durationMs: 15_000 },
      { atMs: 7.5 * MIN, durationMs: 20_000 },
    ],
  }),
  day({
    name: '2 % background errors and a 10 s blip',
    share: 1,
    apiErrorRate: 0.02,
    outages: [{ atMs: 4 * MIN, durationMs: 10_000 }],
  }),
];
/** Days with a real incident: the success rate stays below 95 % for minutes (the first outage). */
const INCIDENTS: Day[] = [
  day({
    name: 'success rate 92 % for 5 minutes',
    share: 0.08,
    apiErrorRate: 0.01,
    outages: [{ atMs: 3 * MIN, durationMs: 5 * MIN }],
  }),
  day({
    name: 'success rate 70 % for 4 minutes, then a blip',
    share: 0.3,
    apiErrorRate: 0.005,
    outages: [
      { atMs: 2 * MIN, durationMs: 4 * MIN },
      { atMs: 8 * MIN, durationMs: 10_000 },
    ],
  }),
  day({
    name: 'success rate 90 % for 6 minutes',
    share: 0.1,
    outages: [{ atMs: 1.5 * MIN, durationMs: 6 * MIN }],
  }),
];

const cache = new Map<Day, SimResult>();
function run(learner: Learner, d: Day): SimResult {
  let r = cache.get(d);
  if (!r) {
    const rule: unknown = learner.rule;
    if (typeof rule !== 'object' || rule === null)
      fail(`export const rule = { ... } (an alert rule), got ${describe(rule)}`);
    r = simulate(dayScenario(d, [rule as AlertRuleSpec]), { seed: 31 });
    cache.set(d, r);
  }
  return r;
}

const firings = (r: SimResult) =>
  r.alerts.notifications.filter((n) => n.kind === 'firing').map((n) => n.tMs);
const s = (ms: number) => `${Math.round(ms / 1000)} s`;

export default defineChecks<Learner>({
  exports: ['rule'],
  checks: [
    {
      name: 'Quiet through blips of up to 20 s and 2 % background errors',
      run: (learner) => {
        cache.clear();
        for (const d of QUIET) {
          const f = firings(run(learner, d));
          expectTrue(
            f.length === 0,
            `“${d.name}”: your rule paged at ${f.map(s).join(', ')}, but nothing needed a human: the errors cleared up by themselves`,
          );
        }
        return 'no page on either quiet day';
      },
    },
    {
      name: `Pages within ${DEADLINE_MS / 1000} s of every real incident`,
      run: (learner, { chart }) => {
        const delays: number[] = [];
        for (const d of INCIDENTS) {
          const start = d.outages[0]!.atMs;
          const first = firings(run(learner, d)).find((t) => t >= start);
          delays.push(first === undefined ? NaN : first - start);
        }
        chart({
          title: 'Detection delay per incident',
          xLabel: 'Incident',
          yLabel: 'Seconds from start to page',
          kind: 'bar',
          categories: INCIDENTS.map((d) => d.name),
          lines: [
            { label: 'your rule', points: delays.map((x, i) => [i, x / 1000]) },
            { label: 'deadline', points: INCIDENTS.map((_, i) => [i, DEADLINE_MS / 1000]) },
          ],
        });
        INCIDENTS.forEach((d, i) => {
          const delay = delays[i]!;
          expectTrue(
            Number.isFinite(delay),
            `“${d.name}”: your rule never paged. Is the threshold or the for duration too strict?`,
          );
          expectTrue(
            delay <= DEADLINE_MS,
            `“${d.name}”: paged after ${s(delay)}, later than ${s(DEADLINE_MS)}; shorten the window or the for duration`,
          );
        });
        return `paged after ${delays.map(s).join(', ')}`;
      },
    },
    {
      name: 'Never pages outside an incident, and only once per incident',
      run: (learner, { chart }) => {
        for (const d of INCIDENTS) {
          const main = d.outages[0]!;
          const f = firings(run(learner, d));
          const outside = f.filter(
            (t) => t < main.atMs || t > main.atMs + main.durationMs + GRACE_MS,
          );
          expectTrue(
            outside.length === 0,
            `“${d.name}” (incident from ${s(main.atMs)} to ${s(main.atMs + main.durationMs)}): your rule also paged at ${outside.map(s).join(', ')}`,
          );
          expectTrue(
            f.length <= 1,
            `“${d.name}”: your rule paged ${f.length} times for one incident (at ${f.map(s).join(', ')}): it flaps`,
          );
        }
        const r = run(learner, INCIDENTS[0]!);
        const state = { inactive: 0, pending: 1, firing: 2 } as const;
        let current = 0;
        const t = r.series.t.map((x) => x + r.series.resolutionMs);
        const points = t.map((x) => {
          for (const tr of r.alerts.transitions) if (tr.tMs === x) current = state[tr.to];
          return [x / 1000, current] as [number, number];
        });
        chart({
          title: `“${INCIDENTS[0]!.name}”: error rate and your alert`,
          xLabel: 'Simulated time (s)',
          yLabel: 'Error rate (%) · alert state (0 inactive, 1 pending, 2 firing)',
          kind: 'line',
          lines: [
            {
              label: 'error rate (%)',
              points: r.series.metrics.errorRate.map((e, i) => [t[i]! / 1000, e * 100]),
            },
            { label: 'alert state', points },
          ],
        });
        return 'one page per incident, none in between';
      },
    },
  ],
});
