/**
 * What chapter 11 says about its formulas and its dashboard, checked with the same seeds the page
 * uses, including what the dashboard shows of paging (system B) under the engine's I/O-wait model.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultParams,
  runSimulation,
  type AnySimulation,
} from '../../../components/simulation/define.ts';
import dashboard, { SYSTEMS } from '../../../lessons/11-metrics/simulations/dashboard.ts';
import {
  quantileFromBuckets,
  rate,
} from '../../../lessons/11-metrics/exercises/rate-and-p95/solution.ts';

const sim: AnySimulation = dashboard;
const run = (params: Record<string, unknown>) =>
  runSimulation(sim, { ...defaultParams(sim), ...params }, sim.seed);
const figure = (params: Record<string, unknown>) => {
  const out = run(params);
  return (label: string) => out.figures.find((f) => f.label.startsWith(label))!.value;
};
/** Mean over the run of one latency line of the dashboard. */
const latency = (params: Record<string, unknown>, line: string) => {
  const chart = run(params).series.find((s) => s.title === 'Latency')!;
  const v = chart.lines.find((l) => l.label === line)!.points.map((p) => p[1]);
  const ok = v.filter(Number.isFinite);
  return ok.reduce((a, b) => a + b, 0) / ok.length;
};

describe('chapter 11 arithmetic', () => {
  it('a counter from 12,000 to 15,000 in 60 s is 50 requests/s; after a restart the increase is the new value', () => {
    expect(
      rate([
        { tMs: 0, value: 12_000 },
        { tMs: 60_000, value: 15_000 },
      ]),
    ).toBe(50);
    expect(
      rate([
        { tMs: 0, value: 15_000 },
        { tMs: 15_000, value: 400 },
      ]) * 15,
    ).toBe(400);
  });

  it('the mean of 90 × 20 ms and 10 × 1,000 ms is 118 ms', () => {
    expect((90 * 20 + 10 * 1000) / 100).toBe(118);
  });

  it('20 calls hit at least one p95 about 64 % of the time', () => {
    expect(1 - 0.95 ** 20).toBeCloseTo(0.64, 2);
  });

  it('p95 from the chapter’s buckets is 193.75 ms', () => {
    const buckets = [
      { le: 50, count: 700 },
      { le: 100, count: 900 },
      { le: 250, count: 980 },
      { le: Infinity, count: 1000 },
    ];
    expect(quantileFromBuckets(0.95, buckets)).toBe(193.75);
  });
});

describe('metrics/dashboard', () => {
  /**
   * Each resource as a share of its capacity. Memory counts as saturated only when the server
   * pages (major faults): full RAM alone is caches doing their job.
   */
  const saturation = (f: (label: string) => number): Record<string, number> => ({
    cpu: f('CPU'),
    memory: f('Major page faults') > 0 ? 100 : 0,
    network: f('Network'),
    database: f('Database'),
    'external-api': f('API calls refused') > 20 ? 100 : 0,
  });

  it.each(Object.entries(SYSTEMS))(
    'system %s shows its bottleneck (%s) nearest its capacity',
    (key, kind) => {
      const top = Object.entries(saturation(figure({ system: key }))).sort(
        (a, b) => b[1] - a[1],
      )[0]!;
      if (kind === 'none') expect(top[1]).toBeLessThan(70);
      else expect(top[0]).toBe(kind);
    },
  );

  it('the answers box: A’s database ≈ 85 % at 1× and ≈ 100 % at 1.2× with an idle CPU', () => {
    const one = figure({ system: 'A' });
    expect(one('Database')).toBeGreaterThan(80);
    expect(one('Database')).toBeLessThan(90);
    expect(one('CPU')).toBeLessThan(15);
    expect(figure({ system: 'A', load: 1.2 })('Database')).toBeGreaterThan(98);
  });

  it('the answers box: B pages at 1× (RAM full, ~510 MB swap, ~370 major faults/s, ~30 % iowait) with its CPU ~17 % busy', () => {
    const b = figure({ system: 'B' });
    expect(b('RAM in use')).toBeCloseTo(100, 6);
    expect(b('Swap in use')).toBeGreaterThan(450);
    expect(b('Swap in use')).toBeLessThan(570);
    expect(b('Major page faults')).toBeGreaterThan(330);
    expect(b('Major page faults')).toBeLessThan(410);
    expect(b('iowait')).toBeGreaterThan(25);
    expect(b('iowait')).toBeLessThan(35);
    expect(b('CPU')).toBeGreaterThan(14);
    expect(b('CPU')).toBeLessThan(20);
    // p95 about 190 ms, against about 150 ms at 0.5× and F's 54 ms.
    expect(b('Latency p95')).toBeGreaterThan(180);
    expect(b('Latency p95')).toBeLessThan(200);
    const half = figure({ system: 'B', load: 0.5 });
    expect(half('Latency p95')).toBeGreaterThan(140);
    expect(half('Latency p95')).toBeLessThan(160);
    const f = figure({ system: 'F' });
    expect(f('Latency p95')).toBeGreaterThan(50);
    expect(f('Latency p95')).toBeLessThan(58);
    expect(f('CPU')).toBeGreaterThan(30);
    expect(f('CPU')).toBeLessThan(40);
  });

  it('the answers box: C’s link nearly full, D’s CPU over 90 %, E refuses nearly half', () => {
    const c = figure({ system: 'C' })('Network');
    expect(c).toBeGreaterThan(85);
    expect(c).toBeLessThan(100);
    expect(figure({ system: 'D' })('CPU')).toBeGreaterThan(90);
    const e = figure({ system: 'E' })('API calls refused');
    expect(e).toBeGreaterThan(40);
    expect(e).toBeLessThan(50);
  });

  it('at 0.5× every bottleneck drops below its capacity and nothing fails; B’s RAM ≈ 85 %, no paging', () => {
    const label: Record<string, string> = {
      database: 'Database',
      network: 'Network',
      cpu: 'CPU',
    };
    for (const [key, kind] of Object.entries(SYSTEMS)) {
      const f = figure({ system: key, load: 0.5 });
      if (label[kind]) expect(f(label[kind])).toBeLessThan(90);
      expect(f('Errors')).toBe(0);
    }
    const b = figure({ system: 'B', load: 0.5 });
    expect(b('RAM in use')).toBeGreaterThan(80);
    expect(b('RAM in use')).toBeLessThan(90);
    expect(b('Swap in use')).toBe(0);
    expect(b('Major page faults')).toBe(0);
    expect(b('iowait')).toBe(0);
  });

  it('B at 1.2×: paging feeds on itself, iowait ≈ 80 %, p95 over 2 s, CPU still under 20 %', () => {
    const b = figure({ system: 'B', load: 1.2 });
    const one = figure({ system: 'B' });
    expect(b('iowait')).toBeGreaterThan(75);
    expect(b('iowait')).toBeLessThan(90);
    expect(b('Latency p95')).toBeGreaterThan(2000);
    expect(b('CPU')).toBeLessThan(20);
    // More in flight, more swapped out: swap and faults grow with the load.
    expect(b('Swap in use')).toBeGreaterThan(one('Swap in use'));
    expect(b('Major page faults')).toBeGreaterThan(one('Major page faults'));
  });

  it('on D, mean and p99 climb together once the CPU saturates at 1.2×', () => {
    const mean1 = latency({ system: 'D', load: 1 }, 'mean');
    const p991 = latency({ system: 'D', load: 1 }, 'p99');
    const mean12 = latency({ system: 'D', load: 1.2 }, 'mean');
    const p9912 = latency({ system: 'D', load: 1.2 }, 'p99');
    // At 1× the p99 is about twice the mean.
    expect(p991 / mean1).toBeGreaterThan(1.6);
    expect(p991 / mean1).toBeLessThan(2.5);
    expect(mean12).toBeGreaterThan(10 * mean1);
    // The p99 about sevenfold.
    expect(p9912).toBeGreaterThan(5 * p991);
    expect(p9912).toBeLessThan(10 * p991);
    // The gap between them shrinks: every request waits in the same long queue.
    expect(p9912 / mean12).toBeLessThan(p991 / mean1);
    expect(figure({ system: 'D', load: 1.2 })('CPU')).toBeGreaterThan(99);
  });
});
