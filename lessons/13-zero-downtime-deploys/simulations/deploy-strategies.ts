/**
 * Deploying without downtime: ten servers behind the load balancer receive a new version under
 * a rolling update, blue-green or a canary, with or without a readiness probe and draining, and
 * optionally a bad version. Shows the fleet, the error rate and p95 latency over time.
 */
import { simulate, type RolloutSpec, type RolloutStrategy } from 'archlab';
import { defineSimulation, earlyStop } from '../../../components/simulation/define.ts';
import type { Series } from '../../../engine/exercise/types.ts';
import { FLEET, budgetSpent, deployFailures, fleetAt, fleetScenario } from '../model/fleet.ts';

/** When the deploy starts, ms. */
export const DEPLOY_AT_MS = 20_000;

/** The bad versions the learner can deploy. */
export const VERSIONS = {
  good: {},
  errors: { errorRate: 0.1 },
  slow: { slowdown: 2 },
} as const;

/** The rollout for the simulation's parameters (a surge and unavailability of 0 and 0 use a surge of 1). */
export function rolloutOf(p: {
  strategy: string;
  version: string;
  maxSurge: number;
  maxUnavailable: number;
  readiness: string;
  drainS: number;
  analysis: string;
}): RolloutSpec {
  const both0 = p.maxSurge === 0 && p.maxUnavailable === 0;
  return {
    strategy: p.strategy as RolloutStrategy,
    atMs: DEPLOY_AT_MS,
    version: VERSIONS[p.version as keyof typeof VERSIONS],
    maxSurge: both0 ? 1 : p.maxSurge,
    maxUnavailable: p.maxUnavailable,
    readinessProbe: p.readiness === 'probe',
    drainMs: p.drainS * 1000,
    startupMs: 20_000,
    ...(p.analysis === 'auto'
      ? { analysis: { maxErrorRate: 0.05, bakeMs: 60_000, intervalMs: 10_000 } }
      : {}),
  };
}

export default defineSimulation({
  title: 'A deploy under traffic: what does each strategy do?',
  description:
    'Ten servers behind a round-robin load balancer serve 70 requests per second (70 % busy); ' +
    '0.2 % of requests always fail. At 0:20 a new version is deployed. Each new server needs ' +
    '20 s to start. You choose the strategy, the surge and unavailability of a rolling update, ' +
    'whether the load balancer waits for a readiness probe, how long a removed server may drain ' +
    'its in-flight requests, whether the new version is good, fails 10 % of its requests, or ' +
    'needs twice the CPU, and whether an automatic analysis may roll it back.',
  caption:
    'Ready servers are the capacity: when they fall below the seven the traffic needs, queues and ' +
    'p95 grow. Without a readiness probe, servers get traffic before they can serve and refuse ' +
    'it. Without draining, a removed server takes its in-flight requests with it. A bad version ' +
    'hurts in proportion to the traffic it gets and for as long as it keeps it.',
  seed: 14,
  controls: [
    {
      kind: 'select',
      name: 'strategy',
      label: 'Strategy',
      options: [
        { value: 'rolling', label: 'Rolling update' },
        { value: 'blue-green', label: 'Blue-green' },
        { value: 'canary', label: 'Canary (then rolling)' },
      ],
      default: 'rolling',
      help: 'How traffic moves from the old version to the new one.',
    },
    {
      kind: 'select',
      name: 'version',
      label: 'New version',
      options: [
        { value: 'good', label: 'Good' },
        { value: 'errors', label: 'Bad: 10 % of its requests fail' },
        { value: 'slow', label: 'Bad: twice the CPU per request' },
      ],
      default: 'good',
    },
    {
      kind: 'slider',
      name: 'maxSurge',
      label: 'Max surge',
      min: 0,
      max: 5,
      step: 1,
      default: 1,
      unit: 'servers',
      help: 'Rolling: servers allowed above ten while rolling.',
    },
    {
      kind: 'slider',
      name: 'maxUnavailable',
      label: 'Max unavailable',
      min: 0,
      max: 5,
      step: 1,
      default: 0,
      unit: 'servers',
      help: 'Rolling: servers allowed below ten among those ready to serve.',
    },
    {
      kind: 'select',
      name: 'readiness',
      label: 'Readiness probe',
      options: [
        { value: 'probe', label: 'On: traffic once the server can serve' },
        { value: 'none', label: 'Off: traffic as soon as the process starts' },
      ],
      default: 'probe',
    },
    {
      kind: 'slider',
      name: 'drainS',
      label: 'Drain time',
      min: 0,
      max: 30,
      step: 1,
      default: 30,
      unit: 's',
      help: 'How long a removed server may finish its in-flight requests (deregistration delay).',
    },
    {
      kind: 'select',
      name: 'analysis',
      label: 'Automatic rollback',
      options: [
        { value: 'none', label: 'None' },
        { value: 'auto', label: 'Roll back above 5 % errors on the new version' },
      ],
      default: 'none',
    },
  ],
  run(params, seed) {
    const r = simulate(fleetScenario(FLEET, rolloutOf(params)), { seed });
    const ro = r.rollout!;
    const { series } = r;
    const t = series.t.map((x) => x + series.resolutionMs);
    const fleet = t.map((x) => fleetAt(ro, x - 1));
    const failed = deployFailures(r, FLEET);
    const charts: Series[] = [
      {
        title: 'Servers in the load balancer',
        xLabel: 'Simulated time (s)',
        yLabel: 'Servers',
        kind: 'line',
        lines: [
          { label: 'old version', points: fleet.map((p, i) => [t[i]! / 1000, p.old]) },
          { label: 'new version', points: fleet.map((p, i) => [t[i]! / 1000, p.new]) },
          { label: 'ready to serve', points: fleet.map((p, i) => [t[i]! / 1000, p.ready]) },
          {
            label: 'needed by the traffic',
            points: [
              [0, 7],
              [t[t.length - 1]! / 1000, 7],
            ],
          },
        ],
      },
      {
        title: 'Error rate',
        xLabel: 'Simulated time (s)',
        yLabel: 'Failed or refused (%)',
        kind: 'line',
        lines: [
          {
            label: 'per 5 s',
            points: series.metrics.errorRate.map((e, i) => [t[i]! / 1000, e * 100]),
          },
        ],
      },
      {
        title: 'p95 latency',
        xLabel: 'Simulated time (s)',
        yLabel: 'ms',
        kind: 'line',
        lines: [
          {
            label: 'p95 per 5 s',
            points: series.metrics.latencyP95Ms.map((v, i) => [t[i]! / 1000, v]),
          },
        ],
      },
    ];
    const took = ro.outcome === 'completed' ? (ro.completedMs - DEPLOY_AT_MS) / 1000 : Number.NaN;
    return {
      ...earlyStop(r),
      figures: [
        { label: 'Requests failed by the deploy', value: Math.round(failed) },
        {
          label: 'Error budget spent (99.9 %, 30 days)',
          value: budgetSpent(failed, FLEET.ratePerSec) * 100,
          unit: '%',
          digits: 2,
        },
        { label: 'Fewest servers ready', value: ro.minReady },
        { label: 'Most servers running', value: ro.maxRunning },
        { label: 'Deploy took', value: took, unit: 's' },
        { label: 'p95 latency, whole run', value: r.summary.latencyMs.p95, unit: 'ms' },
        // Only a rolled-back deploy has this figure (the others have nothing to show for it).
        ...(ro.outcome === 'rolled-back'
          ? [
              {
                label: 'Rolled back after',
                value: (ro.rolledBackMs - DEPLOY_AT_MS) / 1000,
                unit: 's',
              },
            ]
          : []),
      ],
      series: charts,
    };
  },
});
