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
  version: VersionSpec;
}

/**
 * Good versions on a quiet and on a noisy day (a fixed threshold fails the second); bad ones that
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
    name: 'a version that needs 3 × the CPU per request',
    good: false,
    baseline: 0.005,
    version: { slowdown: 3 },
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
function run(learner: Learner, c: Case, seed: number): Run {
  const key = `${c.name}#${seed}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const looks: Look[] = [];
  const fleet: Fleet = {
    replicas: 5,
    ratePerSec: 35,
    // Lightly loaded (23 % CPU), so one server's p95 over a few hundred requests is not noise.
    serviceMs: 40,
    apiMs: 50,
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
        rule: (view, state) => {
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
  cache.set(key, out);
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
                `The baseline fails too: compare with it, with a margin the noise of a few hundred ` +
                `requests does not cross`,
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
                  ? `never decided in ${s(PROMOTE_WITHIN_MS)}`
                  : `promoted it ${sawText(d)}`) +
                `, and the new version went on to every server. Wait for enough requests, then ` +
                `compare error rate and p95 latency with the baseline's`,
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
  ],
});
