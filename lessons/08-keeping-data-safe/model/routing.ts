/**
 * The read-your-writes runs: reads and writes from 1,000 users on a primary with read replicas,
 * through a learner's router, in three situations: a steady day, a replica that stops applying
 * the log for 4 s, and a replica that is down for 3 s.
 */
import {
  simulateReplication,
  type ReadRouter,
  type ReplicationResult,
  type ReplicationSpec,
} from 'archlab';

export interface RoutingCase {
  name: string;
  /** What happens, as a learner reads it in a check message. */
  story: string;
  spec: ReplicationSpec;
}

const base = {
  durationMs: 10_000,
  writeRatePerSec: 50,
  readRatePerSec: 400,
  replicas: 2,
} as const satisfies ReplicationSpec;

export const ROUTING_CASES: readonly RoutingCase[] = [
  { name: 'steady', story: 'a steady day (replicas about 30 ms behind)', spec: { ...base } },
  {
    name: 'stall',
    story: 'replica-1 stops applying the log from 3 s to 7 s (a long query holds replay back)',
    spec: { ...base, stalls: [{ replica: 0, atMs: 3000, durationMs: 4000 }] },
  },
  {
    name: 'outage',
    story: 'three replicas; replica-2 is down from 4 s to 7 s',
    spec: { ...base, replicas: 3, replicaOutages: [{ replica: 1, atMs: 4000, downMs: 3000 }] },
  },
];

export const ROUTING_SEEDS = [1, 2] as const;

/** Run one case with `router` (a fresh copy of its state per run). */
export function routingRun(c: RoutingCase, router: ReadRouter, seed: number): ReplicationResult {
  return simulateReplication({ ...c.spec, readFrom: router }, { seed });
}

/** The largest share of its workers' time the primary may be busy. */
export const PRIMARY_BUSY_LIMIT = 0.5;
