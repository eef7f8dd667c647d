import {
  defineChecks,
  describe,
  expectTrue,
  fail,
  simulate,
  type AnalysisDecision,
  type AnalysisView,
  type SimResult,
  type VersionSpec,
} from 'archlab';
import { fleetScenario, type Fleet } from '../../model/fleet.ts';
import type * as Solution from './solution.ts';

type Learner = typeof Solution;

const AT_MS = 5000;
const STARTUP_MS = 20_000;
/** The canary takes traffic from here on. */
const TRAFFIC_MS = AT_MS + STARTUP_MS;
/** A good version must be promoted this soon after the canary takes traffic. */
const PROMOTE_WITHIN_MS = 150_000;
/** A bad version must be rolled back this soon. */
const ROLLBACK_WITHIN_MS = 120_000;

interface Case {
  name: string;
  good: boolean;
  /** Errors every version has (a dependency's), 0..1. */
  baseline: number;
  /** Mean wait on the dependency every version calls, ms (default 50): a slow day for everyone. */
  apiMs?: number;
  version: VersionSpec;
}

/**
 * Good versions on a quiet day, a noisy day (a fixed error threshold fails it) and a slow day (a
 * fixed latency limit fails it: the dependency slows both versions alike); bad ones that
 * fail clearly, fail a little more on a noisy day (too few requests hide it, and comparing error
 * counts instead of rates misses it: the baseline has five times the requests), or only slow down
 * (errors alone miss it).
 */
const CASES: Case[] = [
  {
    name: 'a good version on a quiet day (0.2 % errors)',
    good: true,
    baseline: 0.002,
    version: {},
  },
  {
    name: 'a good version on a day when 3 % of all requests fail',
    good: true,
    baseline: 0.03,
    version: {},
  },
  {
    name: 'a good version on a day when a slow dependency slows every request',
    good: true,
    baseline: 0.002,
    apiMs: 400,
    version: {},
  },
  {
    name: 'a version that fails 8 % of its requests',
    good: false,
    baseline: 0.005,
    version: { errorRate: 0.08 },
  },
  {
    name: 'a version that fails 5 % more of its requests on a 2 % day',
    good: false,
    baseline: 0.02,
    version: { errorRate: 0.05 },
  },
  {
    name: 'a version that needs twice the CPU per request',
    good: false,
    baseline: 0.005,
    // The chapter's example. Its p95 is under twice the baseline's (the API wait does not
    // double), so a rule that waits for "twice as slow" promotes it.
    version: { slowdown: 2 },
  },
];
/** Two seeds per case: one lucky run of the noise cannot pass. */
const SEEDS = [1, 2];
const DECISIONS: readonly string[] = ['promote', 'rollback', 'wait'];

interface Look {
  view: AnalysisView;
  decision: AnalysisDecision;
}
interface Run {
  result: SimResult;
  looks: Look[];
}

const cache = new Map<string, Run>();

/** Five old servers and one canary at 35 requests/s, the learner's rule called every 10 s. */
function run(learner: Learner, c: Case, seed: number, fresh = false): Run {
  const key = `${c.name}#${seed}`;
  const hit = cache.get(key);
  if (hit && !fresh) return hit;
  const looks: Look[] = [];
  const fleet: Fleet = {
    replicas: 5,
    ratePerSec: 35,
    // Lightly loaded (23 % CPU), so one server's p95 over a few hundred requests is not noise.
    serviceMs: 40,
    apiMs: c.apiMs ?? 50,
    baselineErrorRate: c.baseline,
    durationMs: TRAFFIC_MS + PROMOTE_WITHIN_MS + 5000,
    resolutionMs: 5000,
  };
  const result = simulate(
    fleetScenario(fleet, {
      strategy: 'canary',
      atMs: AT_MS,
      startupMs: STARTUP_MS,
      version: c.version,
      analysis: {
        intervalMs: 10_000,
        rule: (engineView, state) => {
          // The canary takes traffic from TRAFFIC_MS and the looks come every 10 s after it, so
          // its time is counted from there: 10 s, 20 s, … 150 s, the limits the goal states. (The
          // engine counts from its first request, which arrives a few ms later, so a rule waiting
          // for elapsedMs >= 150000 would see just under that at the look at 150 s.)
          const view: AnalysisView = { ...engineView, elapsedMs: engineView.now - TRAFFIC_MS };
          const d: unknown = learner.decide(view, state);
          if (typeof d !== 'string' || !DECISIONS.includes(d))
            fail(`decide() must return 'promote', 'rollback' or 'wait', got ${describe(d)}`);
          looks.push({ view: structuredClone(view), decision: d as AnalysisDecision });
          return d as AnalysisDecision;
        },
      },
    }),
    { seed },
  );
  const out = { result, looks };
  if (!fresh) cache.set(key, out);
  return out;
}

const s = (ms: number) => `${Math.round(ms / 1000)} s`;
const pct = (x: number) => (Number.isNaN(x) ? 'n/a' : `${(x * 100).toFixed(1)} %`);
const ms = (x: number) => (Number.isNaN(x) ? 'n/a' : `${Math.round(x)} ms`);

/** What the rule saw when it decided, in words. */
function sawText(l: Look): string {
  const { canary: c, baseline: b } = l.view;
  return (
    `after ${s(l.view.elapsedMs)} of canary traffic (${c.requests} requests, ${pct(c.errorRate)} ` +
    `failed, p95 ${ms(c.latencyP95Ms)}; baseline ${pct(b.errorRate)} failed, p95 ${ms(b.latencyP95Ms)})`
  );
}

const decided = (r: Run) => r.looks.find((l) => l.decision !== 'wait');

const points = (x: number) => `${(x * 100).toFixed(1)} points`;
const times = (a: number, b: number) =>
  Number.isFinite(a / b) ? `${(a / b).toFixed(1)} ×` : 'not comparable with';

/** Why rolling back a good version at look `l` was wrong, from what the rule saw there. */
function goodRolledBack(l: Look): string {
  const { canary: c, baseline: b } = l.view;
  const d = c.errorRate - b.errorRate;
  return (
    `The canary runs code as good as the baseline's: over ${c.requests} requests its error rate ` +
    `was ${points(Math.abs(d))} ${d >= 0 ? 'above' : 'below'} the baseline's and its p95 ` +
    `${times(c.latencyP95Ms, b.latencyP95Ms)} the baseline's, differences that noise makes. A ` +
    `limit the baseline itself reaches (${pct(b.errorRate)} failed, p95 ${ms(b.latencyP95Ms)}) ` +
    `says nothing about the new version: judge the canary against the baseline at the same time, ` +
    `with a margin that noise does not cross`
  );
}

/** What a rule that promoted a bad version at look `l` could already see. */
function badPromoted(l: Look): string {
  const { canary: c, baseline: b } = l.view;
  const seen: string[] = [];
  if (c.errorRate - b.errorRate > 0.02)
    seen.push(`an error rate ${points(c.errorRate - b.errorRate)} above the baseline's`);
  if (c.latencyP95Ms > 1.3 * b.latencyP95Ms)
    seen.push(`a p95 ${times(c.latencyP95Ms, b.latencyP95Ms)} the baseline's`);
  const shown = seen.length > 0 ? ` (it showed ${seen.join(' and ')})` : '';
  if (c.requests < 200)
    return (
      `It was judged on only ${c.requests} requests${shown}: wait for a few hundred before ` +
      `promoting, then compare error rate and p95 latency with the baseline's`
    );
  return seen.length > 0
    ? `It already showed ${seen.join(' and ')}: compare error rates (not counts) and p95 ` +
        `latency with the baseline's, and roll back when either is clearly worse`
    : `It did not look clearly worse yet: bake longer before promoting, then compare error rate ` +
        `and p95 latency with the baseline's`;
}

export default defineChecks<Learner>({
  exports: ['decide'],
  checks: [
    {
      name: 'Promotes every good version',
      run: (learner) => {
        cache.clear();
        for (const c of CASES.filter((x) => x.good))
          for (const seed of SEEDS) {
            const r = run(learner, c, seed);
            const d = decided(r);
            expectTrue(
              d !== undefined,
              `“${c.name}” (seed ${seed}): your rule never decided in ${s(PROMOTE_WITHIN_MS)} ` +
                `(last look ${r.looks.length > 0 ? sawText(r.looks[r.looks.length - 1]!) : 'none'}). ` +
                `A version that is not worse than the baseline must be promoted after a bake time`,
            );
            expectTrue(
              d!.decision === 'promote',
              `“${c.name}” (seed ${seed}): your rule rolled back a good version ${sawText(d!)}. ` +
                goodRolledBack(d!),
            );
            expectTrue(
              d!.view.now - TRAFFIC_MS <= PROMOTE_WITHIN_MS,
              `“${c.name}” (seed ${seed}): promoted only ${sawText(d!)}, later than ${s(PROMOTE_WITHIN_MS)}`,
            );
          }
        return 'every good version promoted';
      },
    },
    {
      name: 'Rolls back every bad version before promoting it',
      run: (learner, { chart }) => {
        const after: number[] = [];
        for (const c of CASES.filter((x) => !x.good)) {
          let worst = 0;
          for (const seed of SEEDS) {
            const r = run(learner, c, seed);
            const d = decided(r);
            expectTrue(
              d !== undefined && d.decision === 'rollback',
              `“${c.name}” (seed ${seed}): your rule ` +
                (d === undefined
                  ? `never decided in ${s(PROMOTE_WITHIN_MS)} of canary traffic: a bad version ` +
                    `must be rolled back within ${s(ROLLBACK_WITHIN_MS)}`
                  : `promoted it ${sawText(d)}, and the new version went on to every server. ` +
                    badPromoted(d)),
            );
            const t = d!.view.now - TRAFFIC_MS;
            expectTrue(
              t <= ROLLBACK_WITHIN_MS,
              `“${c.name}” (seed ${seed}): rolled back only ${sawText(d!)}, later than ` +
                `${s(ROLLBACK_WITHIN_MS)}: every minute of a bad canary spends error budget`,
            );
            worst = Math.max(worst, t);
          }
          after.push(worst / 1000);
        }
        chart({
          title: 'Time to roll back each bad version (slower seed)',
          xLabel: 'Bad version',
          yLabel: 'Seconds of canary traffic',
          kind: 'bar',
          categories: CASES.filter((x) => !x.good).map((c) => c.name),
          lines: [
            { label: 'your rule', points: after.map((v, i) => [i, v]) },
            {
              label: 'limit',
              points: after.map((_, i) => [i, ROLLBACK_WITHIN_MS / 1000]),
            },
          ],
        });
        return `rolled back after ${after.map((x) => `${Math.round(x)} s`).join(', ')}`;
      },
    },
    {
      name: 'Decides the same way on the same deploy',
      run: (learner) => {
        const c = CASES[0]!;
        const seed = SEEDS[0]!;
        // Every deploy gets a fresh state, so the same data must give the same decisions; a rule
        // that differs keeps something between deploys elsewhere (a module variable).
        const first = decided(run(learner, c, seed));
        const again = decided(run(learner, c, seed, true));
        const text = (d: Look | undefined) =>
          d === undefined
            ? `no decision in ${s(PROMOTE_WITHIN_MS)}`
            : `${d.decision} ${sawText(d)}`;
        expectTrue(
          first?.decision === again?.decision && first?.view.now === again?.view.now,
          `Run twice on the same deploy (“${c.name}”, seed ${seed}), your rule decided ` +
            `differently: first ${text(first)}, then ${text(again)}. It keeps something from ` +
            `one deploy to the next outside state: keep what you remember in state.vars, which ` +
            `starts empty on every deploy`,
        );
        return 'the same decisions on the same data';
      },
    },
  ],
});
