/**
 * "Keeping data safe": a primary with read replicas under reads and writes; the primary dies at
 * 20 s and the most up-to-date replica is promoted. The learner chooses how commits are
 * replicated, how far behind the replicas run, how fast the failure is noticed and where reads go.
 */
import { simulateReplication, type ReplicationSpec } from 'archlab';
import { defineSimulation } from '../../../components/simulation/define.ts';
import type { Series } from '../../../engine/exercise/types.ts';

/** When the primary dies, ms. */
export const FAIL_AT_MS = 20_000;
/** Time to promote the chosen replica once the failure is noticed, ms. */
export const PROMOTE_MS = 3000;
const DURATION_MS = 60_000;

export interface FailoverParams {
  mode: string;
  replicas: number;
  lagMs: number;
  detectS: number;
  readFrom: string;
}

/** The scenario behind the simulation (exported for the claims test). */
export function failoverSpec(p: FailoverParams): ReplicationSpec {
  return {
    durationMs: DURATION_MS,
    writeRatePerSec: 50,
    readRatePerSec: 300,
    replicas: p.replicas,
    mode: p.mode === 'sync' ? 'sync' : 'async',
    // Shipping delay: the control is the median; a lognormal spread gives the occasional slow
    // one, and since the log is applied in order, one slow write holds up those behind it.
    shipDelayMs: { kind: 'lognormal', median: p.lagMs, sigma: 0.5 },
    readFrom: p.readFrom === 'primary' ? 'primary' : 'replicas',
    primaryFailure: { atMs: FAIL_AT_MS, detectMs: p.detectS * 1000, promoteMs: PROMOTE_MS },
  };
}

export default defineSimulation({
  title: 'A primary, its replicas, and a crash',
  description:
    'An app writes 50 times and reads 300 times a second (plus the page each user sees right after ' +
    'a write). Writes go to the primary; replicas receive its write-ahead log a little later and ' +
    'apply it. At 20 s the primary dies. Once the failure is noticed, the replica that received the ' +
    'most is promoted, which takes 3 s more. Until then no write succeeds.',
  caption:
    'Asynchronous replication acknowledges a write before any replica has it: the writes still on ' +
    'their way when the primary dies are lost, about write rate × lag. Synchronous replication ' +
    'loses none but adds the replica round trip to every write. Either way, writes fail until a ' +
    'replica is promoted. Reads from replicas miss a user’s own fresh write unless they are routed ' +
    'with care.',
  seed: 13,
  controls: [
    {
      kind: 'select',
      name: 'mode',
      label: 'Replication',
      default: 'async',
      options: [
        { value: 'async', label: 'Asynchronous: acknowledge at commit' },
        { value: 'sync', label: 'Synchronous: wait for one replica' },
      ],
      help: 'What a commit waits for before the user is told “saved”.',
    },
    {
      kind: 'slider',
      name: 'replicas',
      label: 'Replicas',
      min: 1,
      max: 3,
      step: 1,
      default: 2,
    },
    {
      kind: 'slider',
      name: 'lagMs',
      label: 'Replication delay (typical)',
      min: 5,
      max: 1000,
      step: 5,
      default: 200,
      unit: 'ms',
      help: 'From commit on the primary to safely on a replica’s disk: network and disk, more for a replica far away or busy.',
    },
    {
      kind: 'slider',
      name: 'detectS',
      label: 'Time to notice the failure',
      min: 1,
      max: 60,
      step: 1,
      default: 10,
      unit: 's',
      help: 'Health checks that must fail a few times in a row before anyone acts.',
    },
    {
      kind: 'select',
      name: 'readFrom',
      label: 'Reads go to',
      default: 'replicas',
      options: [
        { value: 'replicas', label: 'The replicas, in turn' },
        { value: 'primary', label: 'The primary' },
      ],
    },
  ],
  run(params, seed) {
    const p: FailoverParams = {
      mode: params.mode,
      replicas: params.replicas,
      lagMs: params.lagMs,
      detectS: params.detectS,
      readFrom: params.readFrom,
    };
    const r = simulateReplication(failoverSpec(p), { seed });
    const { series: s, summary } = r;
    const secs = s.t.map((t) => (t + s.resolutionMs / 2) / 1000);
    const charts: Series[] = [
      {
        title: 'Writes per second',
        xLabel: 'Simulated time (s)',
        yLabel: 'Writes',
        kind: 'line',
        lines: [
          { label: 'acknowledged', points: secs.map((x, i) => [x, s.writesAcked[i]!] as const) },
          {
            label: 'refused (no primary)',
            points: secs.map((x, i) => [x, s.writesFailed[i]!] as const),
          },
          {
            label: 'acknowledged, then lost in the failover',
            points: secs.map((x, i) => [x, s.writesLost[i]!] as const),
          },
        ],
      },
      {
        title: 'Replica lag',
        xLabel: 'Simulated time (s)',
        yLabel: 'Lag (ms)',
        kind: 'line',
        lines: s.lagMs.map((lag, r) => ({
          label: `replica-${r + 1}`,
          points: secs.flatMap((x, i) =>
            Number.isNaN(lag[i]!) ? [] : [[x, Math.round(lag[i]!)] as const],
          ),
        })),
      },
      {
        title: 'Reads that missed the reader’s own write, per second',
        xLabel: 'Simulated time (s)',
        yLabel: 'Stale reads',
        kind: 'line',
        lines: [
          { label: 'stale reads', points: secs.map((x, i) => [x, s.staleReads[i]!] as const) },
        ],
      },
    ];
    return {
      figures: [
        { label: 'Acknowledged writes lost', value: summary.writesLost },
        { label: 'Writes refused during the failover', value: summary.writesFailed },
        {
          label: 'Time without writes',
          value:
            summary.writesResumedAtMs === null
              ? NaN
              : (summary.writesResumedAtMs - FAIL_AT_MS) / 1000,
          unit: 's',
          digits: 1,
        },
        { label: 'Write latency p95', value: summary.writeP95Ms, unit: 'ms' },
        {
          label: 'Reads that missed their own write',
          value: (summary.staleReads / Math.max(1, summary.reads)) * 100,
          unit: '%',
          digits: 2,
        },
        { label: 'Primary busy', value: summary.primaryUtilisation * 100, unit: '%' },
      ],
      series: charts,
    };
  },
});
