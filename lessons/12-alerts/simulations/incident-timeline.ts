/**
 * Chapter 12: fifteen minutes of a shop with background errors, two short blips and one real
 * incident, and the alert rule the learner configures. Shows the alert's states and its pages.
 */
import { simulate, type AlertRuleSpec, type AlertState, type Scenario } from 'archlab';
import { defineSimulation, earlyStop } from '../../../components/simulation/define.ts';
import type { Series } from '../../../engine/exercise/types.ts';
import { dayScenario } from '../model/incidents.ts';

const MIN = 60_000;
/** The real incident: the payment provider is down, a fifth of requests fail. */
export const INCIDENT = { atMs: 8 * MIN, durationMs: 4 * MIN };
/** Blips: one of the two servers restarts (half the requests fail while it is down). */
export const BLIPS = [
  { atMs: 3 * MIN, downMs: 15_000 },
  { atMs: 5.5 * MIN, downMs: 10_000 },
];
const RESOLUTION_MS = 5000;

/** The day, with `rule` evaluated at every scrape. */
export function scenario(rule: AlertRuleSpec): Scenario {
  const s = dayScenario(
    {
      name: 'incident timeline',
      durationMs: 15 * MIN,
      ratePerSec: 40,
      share: 0.2,
      apiErrorRate: 0.05,
      outages: [INCIDENT],
      resolutionMs: RESOLUTION_MS,
    },
    [rule],
  );
  const server = s.servers[0]!;
  return {
    ...s,
    servers: [
      { ...server, name: 'web1' },
      { ...server, name: 'web2', crashes: BLIPS.map((b) => ({ ...b })) },
    ],
  };
}

const STATE_VALUE: Record<AlertState, number> = { inactive: 0, pending: 1, firing: 2 };

export default defineSimulation({
  title: 'An incident timeline: what does your alert rule do?',
  description:
    'Fifteen minutes of a shop at 40 requests per second. About 1 % of requests always fail. ' +
    'At 3:00 and 5:30 one of the two servers restarts, and half the requests fail for 15 s and ' +
    '10 s: blips that fix themselves. From 8:00 to 12:00 the payment provider is down and one ' +
    'request in five fails: a real incident. The rule fires when the success rate, averaged over ' +
    'its window, stays below the target for its “for” duration.',
  caption:
    'With no window and no “for”, the rule pages for every blip and may flap during the incident. ' +
    'A window smooths out noise; a “for” duration longer than a blip keeps quiet through blips ' +
    'but delays the page for the incident by the same amount. “Keep firing for” stops a ' +
    'recovering metric from resolving and re-firing.',
  seed: 10,
  controls: [
    {
      kind: 'slider',
      name: 'targetPercent',
      label: 'Success-rate target',
      min: 80,
      max: 99.5,
      step: 0.5,
      default: 95,
      unit: '%',
      help: 'The alert condition: success rate below this.',
    },
    {
      kind: 'slider',
      name: 'windowS',
      label: 'Window',
      min: 5,
      max: 120,
      step: 5,
      default: 5,
      unit: 's',
      help: 'The success rate is averaged over this much time (5 s: one scrape).',
    },
    {
      kind: 'slider',
      name: 'forS',
      label: 'For',
      min: 0,
      max: 180,
      step: 5,
      default: 0,
      unit: 's',
      help: 'The condition must hold this long before the alert fires (pending meanwhile).',
    },
    {
      kind: 'slider',
      name: 'keepFiringS',
      label: 'Keep firing for',
      min: 0,
      max: 120,
      step: 5,
      default: 0,
      unit: 's',
      help: 'After the condition clears, stay firing this long before resolving.',
    },
  ],
  run(params, seed) {
    const threshold = 1 - params.targetPercent / 100;
    const rule: AlertRuleSpec = {
      name: 'LowSuccessRate',
      metric: 'errorRate',
      op: '>',
      threshold,
      windowMs: params.windowS * 1000,
      forMs: params.forS * 1000,
      keepFiringForMs: params.keepFiringS * 1000,
    };
    const r = simulate(scenario(rule), { seed });
    const { series, alerts } = r;
    const t = series.t.map((x) => x + series.resolutionMs);
    const k = Math.max(1, Math.round((params.windowS * 1000) / RESOLUTION_MS));
    const err = series.metrics.errorRate;
    const windowed = err.map((_, i) => {
      const from = Math.max(0, i - k + 1);
      let s = 0;
      for (let j = from; j <= i; j++) s += err[j]!;
      return s / (i - from + 1);
    });
    let state = 0;
    let next = 0;
    const statePoints = t.map((x) => {
      while (next < alerts.transitions.length && alerts.transitions[next]!.tMs <= x) {
        state = STATE_VALUE[alerts.transitions[next]!.to];
        next++;
      }
      return [x / 1000, state] as const;
    });
    const pages = alerts.notifications.filter((n) => n.kind === 'firing');
    const inIncident = (ms: number) =>
      ms >= INCIDENT.atMs && ms <= INCIDENT.atMs + INCIDENT.durationMs + MIN;
    const first = pages.find((n) => inIncident(n.tMs));
    const charts: Series[] = [
      {
        title: 'Success rate',
        xLabel: 'Simulated time (s)',
        yLabel: 'Success rate (%)',
        kind: 'line',
        lines: [
          {
            label: 'per 5 s scrape',
            points: t.map((x, i) => [x / 1000, (1 - err[i]!) * 100] as const),
          },
          {
            label: `over the ${params.windowS} s window`,
            points: t.map((x, i) => [x / 1000, (1 - windowed[i]!) * 100] as const),
          },
          {
            label: 'target',
            points: [
              [0, params.targetPercent],
              [t[t.length - 1]! / 1000, params.targetPercent],
            ],
          },
        ],
      },
      {
        title: 'Alert state (0 inactive, 1 pending, 2 firing)',
        xLabel: 'Simulated time (s)',
        yLabel: 'State',
        kind: 'line',
        lines: [{ label: 'LowSuccessRate', points: statePoints }],
      },
    ];
    return {
      ...earlyStop(r),
      figures: [
        { label: 'Pages sent', value: pages.length },
        {
          label: 'Pages outside the incident',
          value: pages.filter((n) => !inIncident(n.tMs)).length,
        },
        {
          label: 'Incident reported after',
          value: first ? (first.tMs - INCIDENT.atMs) / 1000 : NaN,
          unit: 's',
        },
        {
          label: 'Success rate, whole run',
          value: (1 - r.summary.errorRate) * 100,
          unit: '%',
          digits: 1,
        },
      ],
      series: charts,
    };
  },
});
