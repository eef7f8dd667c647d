import { defineChecks, describe, expectTrue, fail } from 'archlab';
import type * as Solution from './solution.ts';
import { flatPage, loadPage } from '../../model/pageLoad.ts';

type Learner = typeof Solution;

const KB = 1000;
/** With bandwidth this large the bytes take no time: only round trips remain. */
const UNLIMITED = 1e9;

function number(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(`${what} should be a number, got ${describe(value)}`);
  return value;
}

const PAGES = [
  {
    name: 'Blog post on broadband',
    html: 20 * KB,
    files: [15 * KB, 60 * KB, 90 * KB],
    link: { rttMs: 30, bandwidthMbps: 50, connections: 6 },
  },
  {
    name: 'Shop on 4G',
    html: 30 * KB,
    files: Array.from({ length: 14 }, () => 20 * KB),
    link: { rttMs: 120, bandwidthMbps: 10, connections: 6 },
  },
  {
    name: 'Gallery on slow Wi-Fi',
    html: 15 * KB,
    files: Array.from({ length: 8 }, () => 150 * KB),
    link: { rttMs: 40, bandwidthMbps: 4, connections: 6 },
  },
  {
    name: 'Dashboard far away',
    html: 40 * KB,
    files: Array.from({ length: 30 }, () => 4 * KB),
    link: { rttMs: 250, bandwidthMbps: 20, connections: 6 },
  },
  {
    name: 'One connection only',
    html: 10 * KB,
    files: Array.from({ length: 5 }, () => 10 * KB),
    link: { rttMs: 80, bandwidthMbps: 20, connections: 1 },
  },
];
const TOLERANCE = 0.25;

export default defineChecks<Learner>({
  exports: ['transferMs', 'roundTrips', 'loadTimeMs'],
  checks: [
    {
      name: 'transferMs() converts bytes and megabits per second to milliseconds',
      run: (learner) => {
        for (const [bytes, mbps, ms] of [
          [1_000_000, 8, 1000],
          [125_000, 10, 100],
          [50_000, 100, 4],
        ] as const) {
          const got = number(learner.transferMs(bytes, mbps), `transferMs(${bytes}, ${mbps})`);
          expectTrue(
            Math.abs(got - ms) < 1e-6 * ms,
            `${bytes.toLocaleString('en-GB')} bytes at ${mbps} Mbit/s should take ${ms} ms, got ${got}`,
          );
        }
        return '1 MB at 8 Mbit/s takes 1000 ms';
      },
    },
    {
      name: 'roundTrips() matches the simulated browser when bytes take no time',
      run: (learner) => {
        const cases = [
          [0, 6],
          [1, 6],
          [6, 6],
          [7, 6],
          [14, 6],
          [30, 6],
          [5, 1],
          [12, 4],
        ] as const;
        for (const [files, connections] of cases) {
          const rtt = 100;
          const sim = loadPage(
            flatPage(
              10 * KB,
              Array.from({ length: files }, () => KB),
            ),
            {
              rttMs: rtt,
              bandwidthMbps: UNLIMITED,
              connections,
            },
          );
          const expected = Math.round(sim.loadMs / rtt);
          const got = number(
            learner.roundTrips(files, connections),
            `roundTrips(${files}, ${connections})`,
          );
          expectTrue(
            got === expected,
            `${files} file${files === 1 ? '' : 's'} over ${connections} connection${connections > 1 ? 's' : ''}: the ` +
              `simulated page took ${sim.loadMs.toFixed(0)} ms at ${rtt} ms per round trip, so ` +
              `${expected} round trips; you said ${got}`,
          );
        }
        return 'right for 8 combinations of files and connections';
      },
    },
    {
      name: `loadTimeMs() is within ${TOLERANCE * 100} % of the simulated load time`,
      run: (learner, { chart }) => {
        const sims = PAGES.map((p) => loadPage(flatPage(p.html, p.files), p.link).loadMs);
        const yours = PAGES.map((p) =>
          number(
            learner.loadTimeMs(p.html, [...p.files], { ...p.link }),
            `loadTimeMs for ${p.name}`,
          ),
        );
        chart({
          title: 'Load time: your estimate and the simulation',
          xLabel: 'page and link',
          yLabel: 'load time (ms)',
          kind: 'bar',
          categories: PAGES.map((p) => p.name),
          lines: [
            { label: 'simulated', points: sims.map((s, i) => [i, s] as const) },
            { label: 'your estimate', points: yours.map((y, i) => [i, y] as const) },
          ],
        });
        PAGES.forEach((p, i) => {
          const sim = sims[i]!;
          const got = yours[i]!;
          expectTrue(
            Math.abs(got - sim) <= TOLERANCE * sim,
            `${p.name} (${p.files.length} files, RTT ${p.link.rttMs} ms, ${p.link.bandwidthMbps} ` +
              `Mbit/s, ${p.link.connections} connections): simulated ${sim.toFixed(0)} ms, you ` +
              `estimated ${got.toFixed(0)} ms`,
          );
        });
        return PAGES.map(
          (p, i) => `${p.name}: ${yours[i]!.toFixed(0)} vs ${sims[i]!.toFixed(0)} ms`,
        ).join('; ');
      },
    },
  ],
});
