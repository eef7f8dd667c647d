/**
 * Chapter 11: a metrics dashboard of a running system with a hidden bottleneck. The learner picks a
 * system and reads the charts to find which resource is saturated.
 */
import { defineSimulation } from '../../../components/simulation/define.ts';
import type { Series } from '../../../engine/exercise/types.ts';
import {
  latencyOverTime,
  requestsPerSecond,
  timeline,
} from '../../../components/charts/timeline.ts';
import { observe, system, type Resource } from '../model/systems.ts';

/** Which bottleneck hides behind each system letter (the prose keeps the answers in a details box). */
export const SYSTEMS: Record<string, Resource> = {
  A: 'database',
  B: 'memory',
  C: 'network',
  D: 'cpu',
  E: 'external-api',
  F: 'none',
};

export default defineSimulation({
  title: 'A metrics dashboard: where is the bottleneck?',
  description:
    'Six small systems run for 20 simulated seconds, each scraped by a metrics service once per ' +
    'second. Five of them are held back by one resource (CPU, memory, network, database or a ' +
    'rate-limited external API); one is healthy. Pick a system and read its dashboard.',
  caption:
    'Start from the symptom (latency and errors), then look for the resource near 100 % of its ' +
    'capacity. Below saturation the mean hides the tail; once a resource saturates, mean and tail ' +
    'climb together. A resource can be the bottleneck while ' +
    'the CPU idles: a database or an API that everyone waits for shows up as latency and errors, ' +
    'not CPU, and so does a server out of memory: it pages, its requests wait on the swap disk, ' +
    'and its CPU falls while iowait, major page faults and swap in use rise.',
  seed: 21,
  controls: [
    {
      kind: 'select',
      name: 'system',
      label: 'System',
      default: 'A',
      options: Object.keys(SYSTEMS).map((k) => ({ value: k, label: `System ${k}` })),
      help: 'Each system has a different hidden bottleneck, or none.',
    },
    {
      kind: 'slider',
      name: 'load',
      label: 'Traffic',
      min: 0.5,
      max: 1.2,
      step: 0.05,
      default: 1,
      unit: '×',
      help: 'Multiplies the system’s normal traffic: lower it and watch the bottleneck fade.',
    },
  ],
  run(params, seed) {
    const kind = SYSTEMS[params.system] ?? 'none';
    const sys = system(kind, params.load, 0, 20_000);
    const { result, snap } = observe(sys, seed);
    const { series } = result;
    // Points at the end of each bucket: what a dashboard scraping then would draw.
    const tl = timeline(series, 'end');
    const line = tl.line;
    const m = series.metrics;
    // The busiest server, as the snapshot reads it.
    const busiest = series.servers.reduce((a, b) =>
      b.metrics.utilisation.reduce((s, v) => s + v, 0) >
      a.metrics.utilisation.reduce((s, v) => s + v, 0)
        ? b
        : a,
    );
    const charts: Series[] = [
      requestsPerSecond(tl, series, {
        title: 'Traffic and errors',
        labels: { arriving: 'arriving', answered: 'answered', lost: 'failed' },
      }),
      latencyOverTime(tl, series, { title: 'Latency', stats: ['mean', 'p50', 'p95', 'p99'] }),
      tl.chart('Saturation: use as a share of capacity', '% of capacity', [
        line('CPU', busiest.metrics.utilisation, 100),
        line(
          'RAM in use (% of RAM)',
          busiest.metrics.memoryMb.map((mb) => Math.min(mb, snap.memoryLimitMb)),
          100 / snap.memoryLimitMb,
        ),
        // Paging shows as CPU time idle while waiting on the swap disk, not as CPU busy.
        line('iowait (% of CPU time)', busiest.metrics.ioWait, 100),
        line(
          'network out (% of bandwidth)',
          m.bytesOutPerSec,
          (8 / 1e6 / snap.networkLimitMbps) * 100,
        ),
      ]),
    ];
    return {
      figures: [
        { label: 'Requests', value: snap.requestsPerSec, unit: 'req/s' },
        { label: 'Latency p50', value: snap.latencyP50Ms, unit: 'ms' },
        { label: 'Latency p95', value: snap.latencyP95Ms, unit: 'ms' },
        { label: 'Errors', value: snap.errorRate * 100, unit: '%', digits: 1 },
        { label: 'CPU (busiest server)', value: snap.cpuUtilisation * 100, unit: '%' },
        {
          label: 'RAM in use, peak (of RAM)',
          value: (snap.memoryUsedMb / snap.memoryLimitMb) * 100,
          unit: '%',
        },
        { label: 'Swap in use, peak', value: snap.swapUsedMb, unit: 'MB' },
        { label: 'Major page faults', value: snap.majorFaultsPerSec, unit: '/s' },
        { label: 'iowait (busiest server)', value: snap.ioWait * 100, unit: '%' },
        {
          label: 'Network out (of bandwidth)',
          value: (snap.networkOutMbps / snap.networkLimitMbps) * 100,
          unit: '%',
        },
        { label: 'Database busy', value: snap.databaseUtilisation * 100, unit: '%' },
        { label: 'API calls refused', value: snap.apiRateLimitedRatio * 100, unit: '%' },
      ],
      series: charts,
    };
  },
});
