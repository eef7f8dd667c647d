import {
  defineChecks,
  describe,
  expectTrue,
  fail,
  simulate,
  type AlertQuery,
  type SimResult,
} from 'archlab';
import { dayScenario, type Day } from '../../model/incidents.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;

const MIN = 60_000;
/**
 * Six hours of healthy traffic before anything happens, so the 6 h window is full from the start,
 * as it is on a real service. Without it, a run that starts at 0 has short long windows that fill
 * with the incident alone, and every rule pages earlier than it would in production.
 */
const HISTORY_MS = 360 * MIN;

/** Traffic at 2 requests/s, scraped and evaluated every minute; 0.05 % of requests fail. */
const day = (d: Partial<Day> & Pick<Day, 'name' | 'durationMs' | 'share' | 'outages'>): Day => ({
  ratePerSec: 2,
  apiErrorRate: 0.0005 / d.share,
  resolutionMs: MIN,
  ...d,
});

interface Case {
  day: Day;
  seed: number;
  /** The incident: it may page from `startMs` on (earlier is a false page). Null: never page. */
  incident: {
    what: string;
    startMs: number;
    /** It must have paged by this time, ms after startMs. */
    pageWithinMs: number;
    /** When the errors stop (null: they go on to the end of the run), ms after startMs. */
    endsAfterMs: number | null;
    /** It must be resolved, and stay resolved, this long after the errors stop, ms. */
    resolveWithinMs: number;
  } | null;
}

const at = (min: number) => HISTORY_MS + min * MIN;

const CASES: Case[] = [
  {
    // Half the requests fail for 20 s (a blip), then for 10 min (an outage): burn rate 500.
    day: day({
      name: 'a 20 s blip at 20 min, then half the requests failing for 10 min from 60 min',
      durationMs: at(115),
      share: 0.5,
      outages: [
        { atMs: at(20), durationMs: 20_000 },
        { atMs: at(60), durationMs: 10 * MIN },
      ],
    }),
    seed: 41,
    incident: {
      what: 'the 10 min outage',
      startMs: at(60),
      pageWithinMs: 5 * MIN,
      endsAfterMs: 10 * MIN,
      // The 6 h / 30 min pair holds on until the outage leaves the 30 min window.
      resolveWithinMs: 35 * MIN,
    },
  },
  {
    // 2 % of requests fail for an hour: burn rate 20, 2.8 % of the month's budget.
    day: day({
      name: '2 % errors for an hour from 0 min',
      durationMs: at(90),
      share: 0.02,
      apiErrorRate: 0.025,
      outages: [{ atMs: at(0), durationMs: 60 * MIN }],
    }),
    seed: 42,
    incident: {
      what: 'the hour of 2 % errors',
      startMs: at(0),
      pageWithinMs: 58 * MIN,
      endsAfterMs: 60 * MIN,
      // The 5 min window falls below 14.4 about 2 min after the fix (evaluated every minute); a
      // 30 min short window paired with the 1 h one would keep paging for about 9 min.
      resolveWithinMs: 6 * MIN,
    },
  },
  {
    // 0.8 % fail for 90 min: burn rate 8, 1.7 % of the budget. A ticket for the morning.
    day: day({
      name: '0.8 % errors for 90 min from 0 min',
      durationMs: at(100),
      share: 0.008,
      apiErrorRate: 0.0625,
      outages: [{ atMs: at(0), durationMs: 90 * MIN }],
    }),
    seed: 43,
    incident: null,
  },
  {
    // 1 % fail from now on: burn rate 10, the month's budget gone in 3 days.
    day: day({
      name: '1 % errors from 0 min on',
      durationMs: at(240),
      share: 0.01,
      apiErrorRate: 0.05,
      outages: [{ atMs: at(0), durationMs: 240 * MIN }],
    }),
    seed: 44,
    incident: {
      what: 'the 1 % leak',
      startMs: at(0),
      // The 6 h window crosses 6× once the leak has spent 5 % of the budget: about 3.5 h.
      pageWithinMs: 240 * MIN,
      endsAfterMs: null,
      resolveWithinMs: 0,
    },
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
      seed: c.seed,
    });
    mine.set(c, r);
  }
  return r;
}

/** Minutes since the history ended, as the case names count them. */
const clock = (ms: number) => `${Math.round((ms - HISTORY_MS) / MIN)} min`;
const minutes = (ms: number) => `${Math.round(ms / MIN)} min`;
const pages = (r: SimResult) =>
  r.alerts.notifications.filter((n) => n.kind === 'firing').map((n) => n.tMs);

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
      name: 'Quiet while the budget is safe: 6 h of healthy traffic, a 20 s blip, 90 min at 8×',
      run: (learner) => {
        for (const c of CASES) {
          const from = c.incident?.startMs ?? Infinity;
          const early = pages(run(learner, c)).filter((t) => t < from);
          const when = early.map((t) =>
            t < HISTORY_MS ? `${minutes(t)} into the healthy history` : clock(t),
          );
          expectTrue(
            early.length === 0,
            `“${c.day.name}”, after 6 h at 0.05 % errors: your rule paged at ${when.join(', ')}` +
              `${c.incident ? `, before ${c.incident.what} began` : ''}. Both windows of a pair ` +
              `must burn above its factor: the long one proves the spend matters`,
          );
        }
        return 'no page for errors the budget can absorb';
      },
    },
    {
      name: 'Pages in time: an outage within 5 min, 2 % errors within the hour, a 1 % leak within 4 h',
      run: (learner, { chart }) => {
        const rows: string[] = [];
        for (const c of CASES) {
          if (!c.incident) continue;
          const { startMs, pageWithinMs, what } = c.incident;
          const first = pages(run(learner, c)).find((t) => t >= startMs);
          expectTrue(
            first !== undefined && first - startMs <= pageWithinMs,
            `“${c.day.name}”: expected a page within ${minutes(pageWithinMs)} of the start of ` +
              `${what}, ${first === undefined ? 'got none' : `got one only after ${minutes(first - startMs)}`}. ` +
              `Each pair pages when both its windows burn above its factor (1 h and 5 min above ` +
              `14.4, 6 h and 30 min above 6)`,
          );
          rows.push(`${what}: paged after ${minutes(first! - startMs)}`);
        }
        const c = CASES[1]!;
        const r = run(learner, c);
        const t = r.series.t.map((x) => (x + r.series.resolutionMs - HISTORY_MS) / MIN);
        const errors = r.series.metrics.errors;
        const requests = r.series.metrics.requests;
        const from = t.findIndex((x) => x >= -60);
        const rolling = (k: number) =>
          t
            .map((x, i) => {
              let e = 0;
              let n = 0;
              for (let j = Math.max(0, i - k + 1); j <= i; j++) {
                e += errors[j]!;
                n += requests[j]!;
              }
              return [x, n > 0 ? e / n / 0.001 : 0] as [number, number];
            })
            .slice(from);
        chart({
          title: `“${c.day.name}”: burn rate over each window`,
          xLabel: 'Minutes since the errors began (6 h of healthy history before)',
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
    {
      name: 'Resolves in time after the errors stop',
      run: (learner) => {
        const rows: string[] = [];
        for (const c of CASES) {
          if (!c.incident || c.incident.endsAfterMs === null) continue;
          const { startMs, endsAfterMs, resolveWithinMs, what } = c.incident;
          const endMs = startMs + endsAfterMs;
          const r = run(learner, c);
          const stillFiring = r.alerts.transitions.filter(
            (x) => x.tMs > endMs + resolveWithinMs && x.to === 'firing',
          );
          const last = [...r.alerts.transitions]
            .reverse()
            .find((x) => x.tMs <= endMs + resolveWithinMs);
          const firingThen = last?.to === 'firing';
          const resolved = r.alerts.notifications.find(
            (n) => n.kind === 'resolved' && n.tMs >= endMs,
          );
          if (firingThen || stillFiring.length > 0) {
            const outcome = firingThen
              ? resolved
                ? `it resolved only at ${clock(resolved.tMs)}`
                : 'it was still firing when the run ended'
              : `it fired again at ${clock(stillFiring[0]!.tMs)}`;
            fail(
              `“${c.day.name}”: ${what} ended at ${clock(endMs)}; expected the alert resolved ` +
                `within ${minutes(resolveWithinMs)} and quiet after that, but ${outcome}. The ` +
                `short window of each pair is there so the alert stops soon after a fix`,
            );
          }
          rows.push(
            `${what}: resolved ${resolved ? minutes(resolved.tMs - endMs) : '?'} after the fix`,
          );
        }
        return rows.join('; ');
      },
    },
  ],
});
