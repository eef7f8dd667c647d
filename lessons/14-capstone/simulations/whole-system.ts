/**
 * Chapter 14: the whole architecture through a bad day, with the learner's choices as controls.
 * The score is the same pure function of the engine's result as in the capstone exercise.
 */
import { machineCatalogue, simulate, strategyNames, type StrategyName } from 'archlab';
import { defineSimulation, earlyStop } from '../../../components/simulation/define.ts';
import type { Series } from '../../../engine/exercise/types.ts';
import { timeline } from '../../../components/charts/timeline.ts';
import { DAY, OUTAGE, SLO, badDayScenario, outcome, type Design } from '../model/system.ts';

const SIZES = machineCatalogue.filter((m) => m.cores <= 16);

export default defineSimulation({
  title: 'The whole system through a bad day',
  description:
    `Clients send ${DAY.baseRatePerSec} requests per second (browse, search, checkout) through a ` +
    'load balancer to your servers, which query a database and charge cards through a payment ' +
    'API that fails one call in ten. Logs are shipped, metrics scraped every 5 s, and an alert ' +
    `watches the success rate. At ${DAY.spike.atMs / 1000} s traffic triples for ` +
    `${DAY.spike.durationMs / 1000} s, and at ${DAY.crash.atMs / 1000} s, mid-spike, the server ` +
    `web1 dies for ${DAY.crash.downMs / 1000} s.`,
  caption:
    `The SLO: ${SLO.successRatio * 100} % of requests succeed and p95 latency stays at or below ` +
    `${SLO.p95Ms} ms. A design that meets it scores 100 ÷ its cost per hour; one that misses it ` +
    'scores 0. Without health checks the dead server keeps receiving its share; without retries ' +
    'one checkout in ten fails; with too little capacity the spike, minus one server, queues up.',
  seed: 2026,
  controls: [
    {
      kind: 'slider',
      name: 'servers',
      label: 'Servers',
      min: 1,
      max: 10,
      step: 1,
      default: 2,
      help: 'How many servers behind the load balancer.',
    },
    {
      kind: 'select',
      name: 'size',
      label: 'Machine size',
      default: 'medium',
      options: SIZES.map((m) => ({
        value: m.name,
        label: `${m.name}: ${m.cores} core${m.cores > 1 ? 's' : ''}, $${m.pricePerHour}/h`,
      })),
      help: 'Each server’s size from the catalogue.',
    },
    {
      kind: 'select',
      name: 'strategy',
      label: 'Load balancing',
      default: 'round-robin',
      options: strategyNames.map((n) => ({ value: n, label: n })),
    },
    {
      kind: 'select',
      name: 'healthCheck',
      label: 'Health checks',
      default: 'off',
      options: [
        { value: 'off', label: 'Off' },
        { value: '1000', label: 'Every 1 s' },
        { value: '250', label: 'Every 250 ms' },
      ],
      help: 'Two failed probes in a row take a server out of rotation.',
    },
    {
      kind: 'slider',
      name: 'attempts',
      label: 'Payment attempts',
      min: 1,
      max: 5,
      step: 1,
      default: 1,
      help: 'Tries per payment call, with jittered exponential backoff (1 = no retry).',
    },
    {
      kind: 'slider',
      name: 'forS',
      label: 'Alert “for”',
      min: 0,
      max: 120,
      step: 5,
      default: 30,
      unit: 's',
      help: 'The alert pages when success stays below 95 % (30 s average) for this long.',
    },
    {
      kind: 'select',
      name: 'outage',
      label: 'Payment provider',
      default: 'up',
      options: [
        { value: 'up', label: 'Working (fails 1 call in 10)' },
        {
          value: 'down',
          label: `Down for ${OUTAGE.durationMs / 1000} s from ${OUTAGE.atMs / 1000} s`,
        },
      ],
      help: 'An outage you cannot fix: does your alert notice?',
    },
  ],
  run(params, seed) {
    const design: Design = {
      servers: params.servers,
      size: params.size,
      strategy: (strategyNames as readonly string[]).includes(params.strategy)
        ? (params.strategy as StrategyName)
        : 'round-robin',
      healthCheck:
        params.healthCheck === 'off'
          ? null
          : { intervalMs: Number(params.healthCheck), unhealthyThreshold: 2 },
      retry: { maxAttempts: params.attempts, baseDelayMs: 50, maxDelayMs: 500, jitter: 'full' },
      alert: {
        name: 'LowSuccessRate',
        metric: 'errorRate',
        op: '>',
        threshold: 0.05,
        windowMs: 30_000,
        forMs: params.forS * 1000,
      },
    };
    const result = simulate(badDayScenario(design, params.outage === 'down'), { seed });
    const o = outcome(result);
    const s = result.series;
    const tl = timeline(s, 'end');
    const line = tl.line;
    const pages = result.alerts.notifications.filter((n) => n.kind === 'firing');
    const charts: Series[] = [
      tl.chart('Traffic, failures and servers', 'Requests per second · servers up × 10', [
        line('arriving', s.metrics.arrivalsPerSec),
        tl.perSecond('failed', s.metrics.errors),
        line('servers up × 10', s.metrics.serversUp, 10),
      ]),
      tl.chart('Latency and CPU', 'ms · %', [
        line('p95 latency (ms)', s.metrics.latencyP95Ms),
        line('CPU (%)', s.metrics.utilisation, 100),
        tl.level(`p95 target (${SLO.p95Ms} ms)`, SLO.p95Ms),
      ]),
    ];
    return {
      ...earlyStop(result),
      figures: [
        { label: 'Success', value: o.successRatio * 100, unit: '%', digits: 2 },
        { label: 'Latency p95', value: o.p95Ms, unit: 'ms' },
        { label: 'Cost', value: o.costPerHour, unit: '$/h', digits: 3 },
        { label: 'SLO met (1 = yes)', value: o.meetsSlo ? 1 : 0 },
        { label: 'Score', value: o.score },
        { label: 'Pages sent', value: pages.length },
        { label: 'Logs lost', value: result.summary.logs?.lost ?? 0, unit: 'lines' },
      ],
      series: charts,
    };
  },
});
