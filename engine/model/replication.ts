/**
 * A replicated database: one primary that takes every write, and read replicas that receive the
 * primary's write-ahead log (WAL) and apply it a little later. Reads can be routed to any node.
 * The primary can fail; the most up-to-date replica is then promoted.
 *
 * What is modelled, after PostgreSQL streaming replication (docs: "High Availability, Load
 * Balancing, and Replication", `synchronous_commit`, `synchronous_standby_names`) and MySQL
 * semisynchronous replication:
 * - Every write gets the next WAL position (1, 2, 3, …) when the primary commits it.
 * - Replica i *receives* (writes and flushes) position p at `commit + shipDelay`, never before it
 *   received p − 1 (the log is applied in order); it *applies* it (makes it visible to queries)
 *   `applyDelay` later, never before p − 1 was applied, and not while it is stalled.
 * - Asynchronous: the client gets its acknowledgement at commit. Synchronous (`syncCount` = k):
 *   at the moment k replicas have received the write (`syncWaitFor: 'flush'`, PostgreSQL's
 *   `synchronous_commit = on`) or applied it (`'apply'`, `remote_apply`), like
 *   `synchronous_standby_names = 'ANY k (…)'`. With fewer than k replicas up, commits wait.
 * - Primary failure at F: nothing the primary committed after a replica's last received position
 *   reaches that replica. After `detectMs + promoteMs` the replica that received the most is
 *   promoted (once it has applied all it received). Acknowledged writes it never received are
 *   lost; writes that arrive with no primary fail (the client sees the error).
 * - Each node serves its reads (and the primary its writes) with `cores` parallel workers and a
 *   FIFO queue; applying the log does not use a worker (a simplification: replay competes for
 *   I/O on real replicas, which is one cause of lag).
 *
 * Units: milliseconds, requests per second. Deterministic for a seed; uses its own event loop.
 */
import { Simulation } from '../core/simulation.ts';
import { Rng } from '../core/rng.ts';
import {
  checkDistribution,
  sampler,
  type DistributionSpec,
  type Sampler,
} from '../core/distributions.ts';
import {
  checkArray,
  checkKeys,
  checkNumber,
  checkObject,
  checkOneOf,
  ConfigError,
  optNumber,
} from '../core/errors.ts';
import { Fifo } from '../core/fifo.ts';
import { LogHistogram } from '../observe/histogram.ts';

/** A replica that stops applying the log for a while (a long query conflict, a vacuum, I/O). */
export interface ReplicaStallSpec {
  /** Which replica (0-based). */
  replica: number;
  atMs: number;
  durationMs: number;
}

/** A replica that is down (receives nothing, serves nothing) for a while. */
export interface ReplicaOutageSpec {
  replica: number;
  atMs: number;
  /** How long it stays down, ms (default: until the end). */
  downMs?: number;
}

/** The primary fails for good at `atMs`. */
export interface PrimaryFailureSpec {
  atMs: number;
  /** Time to notice that the primary is gone (health checks, a consensus timeout), ms (default 10,000). */
  detectMs?: number;
  /** Time to promote the chosen replica and repoint clients, ms (default 5,000). */
  promoteMs?: number;
}

/** What a read router sees about one replica. */
export interface ReplicaView {
  /** Position in `cluster.replicas` and the number to return to send a read there. */
  readonly index: number;
  readonly name: string;
  /** Highest WAL position applied: every write up to here is visible on this replica. */
  readonly appliedPosition: number;
  /** How far behind the primary, ms: age of the oldest committed write it has not applied (0 if none). */
  readonly lagMs: number;
  /** Reads waiting plus reads in service on it. */
  readonly outstanding: number;
}

/** What a read router sees about the cluster when a read arrives. */
export interface ClusterView {
  /** Highest WAL position committed on the primary. */
  readonly primaryPosition: number;
  /** Reads and writes waiting plus in service on the primary. */
  readonly primaryOutstanding: number;
  /** The replicas that are up (a replica that is down is not listed). */
  readonly replicas: readonly ReplicaView[];
}

/** A read as the router sees it. */
export interface ReadView {
  readonly userId: number;
  /** True for the read a user makes right after their own write (e.g. the page after a form post). */
  readonly afterOwnWrite: boolean;
}

/** A write acknowledged to the user who made it. */
export interface WriteView {
  readonly userId: number;
  /** Its WAL position: it is visible on a replica once `appliedPosition >= position`. */
  readonly position: number;
}

/** Scratch state of a router, kept for one run. */
export interface RouterState {
  /** Simulated time now, ms. */
  readonly now: number;
  /** Seeded uniform random number in [0, 1): use this, never Math.random. */
  random(): number;
  /** Numeric scratch values kept between calls (e.g. a user's last write position). */
  vars: Record<string, number>;
  /** Any other scratch data kept between calls. */
  data: Record<string, unknown>;
}

/**
 * Where reads go. `routeRead` returns `'primary'` or a replica's `index`. `afterWrite`, if given,
 * is told about every write acknowledged to a user, before that user's next read.
 */
export interface ReadRouter {
  afterWrite?: (write: WriteView, state: RouterState) => void;
  routeRead: (read: ReadView, cluster: ClusterView, state: RouterState) => 'primary' | number;
}

/** A replicated database run, as JSON data (plus an optional router function). */
export interface ReplicationSpec {
  /** Simulated time, ms (1,000–600,000). */
  durationMs: number;
  /** Width of one time-series bucket, ms (default 1,000). */
  resolutionMs?: number;
  /** Distinct users making the requests (default 1,000). */
  users?: number;
  /** Writes per second, Poisson (default 50). */
  writeRatePerSec?: number;
  /** Reads per second, Poisson, besides the reads after a write (default 400). */
  readRatePerSec?: number;
  /** Share of writes followed by a read of the same user (default 1). */
  readAfterWriteShare?: number;
  /** Delay from a write's acknowledgement to that user's next read, ms (default uniform 5–50). */
  readAfterWriteMs?: DistributionSpec | number;
  /** Read replicas (0–5, default 2). */
  replicas?: number;
  /** 'async' (default): acknowledge at commit. 'sync': wait for `syncCount` replicas. */
  mode?: 'async' | 'sync';
  /** Replicas a synchronous commit waits for (default 1). */
  syncCount?: number;
  /** What a synchronous commit waits for: the write on disk ('flush', default) or visible ('apply'). */
  syncWaitFor?: 'flush' | 'apply';
  /** Commit on the primary to flushed on a replica: network plus disk, ms (default lognormal median 20, σ 0.5). */
  shipDelayMs?: DistributionSpec | number;
  /** Flushed to applied (visible) on a replica, ms (default lognormal median 10, σ 0.5). */
  applyDelayMs?: DistributionSpec | number;
  /** Parallel workers of every node (default 4). */
  cores?: number;
  /** Service time of a read, ms (default exponential, mean 8). */
  readTimeMs?: DistributionSpec | number;
  /** Service time of a write on the primary before commit, ms (default exponential, mean 4). */
  writeTimeMs?: DistributionSpec | number;
  stalls?: ReplicaStallSpec[];
  replicaOutages?: ReplicaOutageSpec[];
  primaryFailure?: PrimaryFailureSpec;
  /** Where reads go: 'primary' (default with no replicas), 'replicas' (round robin, default otherwise) or a router. */
  readFrom?: 'primary' | 'replicas' | ReadRouter;
}

/** A replication run with every default filled in. */
export interface ReplicationConfig {
  durationMs: number;
  resolutionMs: number;
  users: number;
  writeRatePerSec: number;
  readRatePerSec: number;
  readAfterWriteShare: number;
  readAfterWriteMs: DistributionSpec;
  replicas: number;
  mode: 'async' | 'sync';
  syncCount: number;
  syncWaitFor: 'flush' | 'apply';
  shipDelayMs: DistributionSpec;
  applyDelayMs: DistributionSpec;
  cores: number;
  readTimeMs: DistributionSpec;
  writeTimeMs: DistributionSpec;
  stalls: ReplicaStallSpec[];
  replicaOutages: Required<ReplicaOutageSpec>[];
  primaryFailure: Required<PrimaryFailureSpec> | null;
  readFrom: 'primary' | 'replicas' | ReadRouter;
}

const SPEC_KEYS = [
  'durationMs',
  'resolutionMs',
  'users',
  'writeRatePerSec',
  'readRatePerSec',
  'readAfterWriteShare',
  'readAfterWriteMs',
  'replicas',
  'mode',
  'syncCount',
  'syncWaitFor',
  'shipDelayMs',
  'applyDelayMs',
  'cores',
  'readTimeMs',
  'writeTimeMs',
  'stalls',
  'replicaOutages',
  'primaryFailure',
  'readFrom',
] as const;

function dist(value: unknown, field: string, fallback: DistributionSpec): DistributionSpec {
  if (value === undefined) return fallback;
  if (typeof value === 'number') return checkDistribution({ kind: 'constant', value }, field);
  return checkDistribution(value, field);
}

/** Validate a replication spec; throws `ConfigError` naming the field and the allowed range. */
export function checkReplication(value: unknown, field = 'replication'): ReplicationConfig {
  const o = checkObject(value, field);
  checkKeys(o, field, SPEC_KEYS);
  const durationMs = checkNumber(o['durationMs'], `${field}.durationMs`, {
    min: 1000,
    max: 600_000,
  });
  const replicas = optNumber(o['replicas'], `${field}.replicas`, 2, {
    min: 0,
    max: 5,
    integer: true,
  });
  const mode = checkOneOf(o['mode'] ?? 'async', `${field}.mode`, ['async', 'sync'] as const);
  const syncCount = optNumber(o['syncCount'], `${field}.syncCount`, 1, {
    min: 1,
    max: 5,
    integer: true,
  });
  if (mode === 'sync' && syncCount > replicas) {
    throw new ConfigError(
      `${field}.syncCount`,
      `a synchronous commit waits for ${syncCount} replicas but there are ${replicas}: every commit would wait for ever`,
    );
  }
  const replicaIndex = (v: unknown, f: string) => {
    if (replicas === 0) throw new ConfigError(f, 'names a replica, but there are no replicas');
    return checkNumber(v, f, { min: 0, max: replicas - 1, integer: true });
  };
  const stalls = checkArray(o['stalls'] ?? [], `${field}.stalls`).map((s, i) => {
    const f = `${field}.stalls[${i}]`;
    const so = checkObject(s, f);
    checkKeys(so, f, ['replica', 'atMs', 'durationMs']);
    return {
      replica: replicaIndex(so['replica'], `${f}.replica`),
      atMs: checkNumber(so['atMs'], `${f}.atMs`, { min: 0 }),
      durationMs: checkNumber(so['durationMs'], `${f}.durationMs`, { min: 0 }),
    };
  });
  const replicaOutages = checkArray(o['replicaOutages'] ?? [], `${field}.replicaOutages`).map(
    (s, i) => {
      const f = `${field}.replicaOutages[${i}]`;
      const so = checkObject(s, f);
      checkKeys(so, f, ['replica', 'atMs', 'downMs']);
      return {
        replica: replicaIndex(so['replica'], `${f}.replica`),
        atMs: checkNumber(so['atMs'], `${f}.atMs`, { min: 0 }),
        downMs: optNumber(so['downMs'], `${f}.downMs`, Infinity, { min: 0, infinite: true }),
      };
    },
  );
  let primaryFailure: Required<PrimaryFailureSpec> | null = null;
  if (o['primaryFailure'] !== undefined) {
    const f = `${field}.primaryFailure`;
    const po = checkObject(o['primaryFailure'], f);
    checkKeys(po, f, ['atMs', 'detectMs', 'promoteMs']);
    primaryFailure = {
      atMs: checkNumber(po['atMs'], `${f}.atMs`, { min: 0 }),
      detectMs: optNumber(po['detectMs'], `${f}.detectMs`, 10_000, { min: 0 }),
      promoteMs: optNumber(po['promoteMs'], `${f}.promoteMs`, 5000, { min: 0 }),
    };
  }
  const rf = o['readFrom'];
  let readFrom: ReplicationConfig['readFrom'];
  if (rf === undefined) readFrom = replicas > 0 ? 'replicas' : 'primary';
  else if (typeof rf === 'string')
    readFrom = checkOneOf(rf, `${field}.readFrom`, ['primary', 'replicas'] as const);
  else {
    const ro = checkObject(rf, `${field}.readFrom`);
    if (typeof ro['routeRead'] !== 'function')
      throw new ConfigError(`${field}.readFrom.routeRead`, 'must be a function');
    if (ro['afterWrite'] !== undefined && typeof ro['afterWrite'] !== 'function')
      throw new ConfigError(`${field}.readFrom.afterWrite`, 'must be a function when given');
    readFrom = rf as ReadRouter;
  }
  if (readFrom === 'replicas' && replicas === 0)
    throw new ConfigError(`${field}.readFrom`, "is 'replicas' but there are no replicas");
  return {
    durationMs,
    resolutionMs: optNumber(o['resolutionMs'], `${field}.resolutionMs`, 1000, {
      min: 100,
      max: durationMs,
    }),
    users: optNumber(o['users'], `${field}.users`, 1000, { min: 1, max: 1e6, integer: true }),
    writeRatePerSec: optNumber(o['writeRatePerSec'], `${field}.writeRatePerSec`, 50, {
      min: 0,
      max: 5000,
    }),
    readRatePerSec: optNumber(o['readRatePerSec'], `${field}.readRatePerSec`, 400, {
      min: 0,
      max: 20_000,
    }),
    readAfterWriteShare: optNumber(o['readAfterWriteShare'], `${field}.readAfterWriteShare`, 1, {
      min: 0,
      max: 1,
    }),
    readAfterWriteMs: dist(o['readAfterWriteMs'], `${field}.readAfterWriteMs`, {
      kind: 'uniform',
      min: 5,
      max: 50,
    }),
    replicas,
    mode,
    syncCount,
    syncWaitFor: checkOneOf(o['syncWaitFor'] ?? 'flush', `${field}.syncWaitFor`, [
      'flush',
      'apply',
    ] as const),
    shipDelayMs: dist(o['shipDelayMs'], `${field}.shipDelayMs`, {
      kind: 'lognormal',
      median: 20,
      sigma: 0.5,
    }),
    applyDelayMs: dist(o['applyDelayMs'], `${field}.applyDelayMs`, {
      kind: 'lognormal',
      median: 10,
      sigma: 0.5,
    }),
    cores: optNumber(o['cores'], `${field}.cores`, 4, { min: 1, max: 256, integer: true }),
    readTimeMs: dist(o['readTimeMs'], `${field}.readTimeMs`, { kind: 'exponential', mean: 8 }),
    writeTimeMs: dist(o['writeTimeMs'], `${field}.writeTimeMs`, { kind: 'exponential', mean: 4 }),
    stalls,
    replicaOutages,
    primaryFailure,
    readFrom,
  };
}

/** Per-bucket series; index i covers [t[i], t[i] + resolutionMs). */
export interface ReplicationSeries {
  resolutionMs: number;
  t: number[];
  /** Writes acknowledged to their user in the bucket. */
  writesAcked: number[];
  /** Writes refused because there was no primary. */
  writesFailed: number[];
  /** Acknowledged writes (by acknowledgement time) that a failover lost. */
  writesLost: number[];
  reads: number[];
  /** Reads that did not see the reading user's own last acknowledged write. */
  staleReads: number[];
  /** Each replica's lag at the end of the bucket, ms (NaN while it is down or promoted). */
  lagMs: number[][];
  /** Share of the primary's worker time busy in the bucket (0–1). */
  primaryUtilisation: number[];
  /** Share of each replica's worker time busy in the bucket (0–1). */
  replicaUtilisation: number[][];
}

/** Totals of a run. */
export interface ReplicationSummary {
  writesArrived: number;
  writesAcked: number;
  /** Writes refused because there was no primary (the user saw an error). */
  writesFailed: number;
  /** Writes that never got an answer before the run ended (a commit waiting for replicas, say). */
  writesPending: number;
  /** Acknowledged writes missing from the new primary after a failover. */
  writesLost: number;
  /** Time span of the lost writes: last lost acknowledgement − first, ms (0 if none): the data loss window. */
  dataLossWindowMs: number;
  reads: number;
  staleReads: number;
  /** Reads sent to the primary. */
  readsOnPrimary: number;
  /** Write latency from arrival to acknowledgement, ms. */
  writeP50Ms: number;
  writeP95Ms: number;
  readP95Ms: number;
  /** Largest lag seen on any replica that was up, ms. */
  maxLagMs: number;
  /** Primary's worker time busy over the run (0–1). */
  primaryUtilisation: number;
  /** First time writes were refused → first write acknowledged by the new primary, ms (0 without failover). */
  writeOutageMs: number;
  /** Replica promoted by the failover (null if none). */
  promoted: number | null;
  /** When the first write after a failure was acknowledged, ms (null: never, or no failure). */
  writesResumedAtMs: number | null;
}

export interface ReplicationResult {
  config: ReplicationConfig;
  summary: ReplicationSummary;
  series: ReplicationSeries;
  /** What happened, in order: failures, promotions. */
  events: { tMs: number; what: string }[];
  /** The first read that missed its user's own write (null if none): for explanations. */
  firstStaleRead: StaleRead | null;
}

/** A read that did not see the reading user's own last acknowledged write. */
export interface StaleRead {
  /** When it was answered, ms. */
  tMs: number;
  userId: number;
  /** 'primary' or 'replica-N' (1-based, as in `ReplicaView.name`). */
  node: string;
  /** Highest position visible on that node. */
  visiblePosition: number;
  /** Position of the user's last acknowledged write. */
  ownPosition: number;
  afterOwnWrite: boolean;
}

interface Job {
  read: boolean;
  userId: number;
  arrivalMs: number;
  afterOwnWrite: boolean;
  /** For a read: the user's last acknowledged write when the read was sent (read-your-writes). */
  ownPosition: number;
}

/** A node's workers and queue. */
class Node {
  busy = 0;
  readonly queue = new Fifo<Job>();
  busyMs = 0;
  bucketBusyMs: number[] = [];
  up = true;
  readonly cores: number;
  constructor(cores: number) {
    this.cores = cores;
  }
  get outstanding(): number {
    return this.busy + this.queue.length;
  }
}

const SYNC_HOLD = Infinity;

/**
 * Run a replicated database for `spec.durationMs`. Same spec and seed → same result.
 * Throws `ConfigError` for an invalid spec.
 */
export function simulateReplication(
  spec: ReplicationSpec,
  options: { seed: number },
): ReplicationResult {
  const c = checkReplication(spec);
  const sim = new Simulation();
  const root = new Rng(options.seed);
  const arrivals = root.fork();
  const service = root.fork();
  const ship = root.fork();
  const routerRng = root.fork();
  const shipS: Sampler[] = [];
  const applyS: Sampler[] = [];
  for (let i = 0; i < c.replicas; i++) {
    const r = ship.fork();
    shipS.push(sampler(c.shipDelayMs, r));
    applyS.push(sampler(c.applyDelayMs, r));
  }
  const readTime = sampler(c.readTimeMs, service);
  const writeTime = sampler(c.writeTimeMs, service);
  const readBack = sampler(c.readAfterWriteMs, arrivals);

  const buckets = Math.ceil(c.durationMs / c.resolutionMs);
  const zeros = () => new Array<number>(buckets).fill(0);
  const series: ReplicationSeries = {
    resolutionMs: c.resolutionMs,
    t: Array.from({ length: buckets }, (_, i) => i * c.resolutionMs),
    writesAcked: zeros(),
    writesFailed: zeros(),
    writesLost: zeros(),
    reads: zeros(),
    staleReads: zeros(),
    lagMs: Array.from({ length: c.replicas }, () => zeros()),
    primaryUtilisation: zeros(),
    replicaUtilisation: Array.from({ length: c.replicas }, () => zeros()),
  };
  const bucketOf = (t: number) => Math.min(buckets - 1, Math.floor(t / c.resolutionMs));
  const events: { tMs: number; what: string }[] = [];

  // WAL: commit time of each position (index = position), and per replica received/applied times.
  const commitAt: number[] = [0];
  const ackAt: number[] = [0];
  const writer: number[] = [-1];
  const receivedAt: number[][] = Array.from({ length: c.replicas }, () => [0]);
  const appliedAt: number[][] = Array.from({ length: c.replicas }, () => [0]);
  const appliedPos = new Array<number>(c.replicas).fill(0);
  let primaryPos = 0;

  // Outages and stalls as intervals per replica.
  const downs = c.replicaOutages;
  const isDown = (r: number, t: number) =>
    downs.some((d) => d.replica === r && t >= d.atMs && t < d.atMs + d.downMs);
  /** Earliest time >= t at which replica r is up (Infinity if never again). */
  const upFrom = (r: number, t: number): number => {
    let x = t;
    for (let guard = 0; guard < 64; guard++) {
      const d = downs.find((o) => o.replica === r && x >= o.atMs && x < o.atMs + o.downMs);
      if (!d) return x;
      x = d.atMs + d.downMs;
    }
    return x;
  };
  const notStalled = (r: number, t: number): number => {
    let x = t;
    for (let guard = 0; guard < 64; guard++) {
      const s = c.stalls.find((o) => o.replica === r && x >= o.atMs && x < o.atMs + o.durationMs);
      if (!s) return x;
      x = s.atMs + s.durationMs;
    }
    return x;
  };

  const primary = new Node(c.cores);
  const replicaNodes = Array.from({ length: c.replicas }, () => new Node(c.cores));
  for (const n of [primary, ...replicaNodes]) n.bucketBusyMs = zeros();
  const removed = new Array<boolean>(c.replicas).fill(false); // promoted away
  let primaryAlive = true;
  /** Bumped when the primary dies: callbacks from before know their work was lost. */
  let primaryEpoch = 0;
  let failedAt = Infinity;
  let promotedIndex: number | null = null;
  let firstRefusedMs = Infinity;
  let firstAckAfterFailover = Infinity;

  const lastAckedPos = new Map<number, number>();
  const writeLat = new LogHistogram();
  const readLat = new LogHistogram();
  let writesArrived = 0;
  let writesAckedTotal = 0;
  let writesFailed = 0;
  let readsTotal = 0;
  let staleTotal = 0;
  let readsOnPrimary = 0;
  let maxLag = 0;
  let firstStale: StaleRead | null = null;
  let pendingAcks = 0;

  const state: RouterState = {
    get now() {
      return sim.now;
    },
    random: () => routerRng.next(),
    vars: {},
    data: {},
  };
  let rrTurn = 0;

  /** Account busy time per bucket for a job served [from, to). */
  const addBusy = (n: Node, from: number, to: number) => {
    n.busyMs += to - from;
    let a = from;
    while (a < to) {
      const b = bucketOf(a);
      const end = Math.min(to, (b + 1) * c.resolutionMs);
      n.bucketBusyMs[b]! += end - a;
      if (end <= a) break;
      a = end;
    }
  };

  const lagOf = (r: number, t: number): number => {
    advanceApplied(r, t);
    const next = appliedPos[r]! + 1;
    return next <= primaryPos ? Math.max(0, t - commitAt[next]!) : 0;
  };
  function advanceApplied(r: number, t: number): void {
    const at = appliedAt[r]!;
    let p = appliedPos[r]!;
    while (p + 1 < at.length && at[p + 1]! <= t) p++;
    appliedPos[r] = p;
  }

  const replicaViews = (t: number): ReplicaView[] => {
    const out: ReplicaView[] = [];
    for (let r = 0; r < c.replicas; r++) {
      if (removed[r] || !replicaNodes[r]!.up) continue;
      const lag = lagOf(r, t);
      out.push({
        index: r,
        name: `replica-${r + 1}`,
        appliedPosition: appliedPos[r]!,
        lagMs: lag,
        outstanding: replicaNodes[r]!.outstanding,
      });
    }
    return out;
  };

  const start = (n: Node, job: Job) => {
    n.busy++;
    const t0 = sim.now;
    const d = job.read ? readTime() : writeTime();
    const epoch = primaryEpoch;
    sim.at(t0 + d, () => {
      // Work in progress on a primary that died died with it; its clients saw an error.
      if (n === primary && epoch !== primaryEpoch) {
        if (!job.read) failWrite(job.arrivalMs);
        return;
      }
      addBusy(n, t0, sim.now);
      n.busy--;
      if (job.read) finishRead(n, job);
      else commit(job);
      const next = n.queue.shift();
      if (next) start(n, next);
    });
  };
  const enqueue = (n: Node, job: Job) => {
    if (n.busy < n.cores) start(n, job);
    else n.queue.push(job);
  };

  const finishRead = (n: Node, job: Job) => {
    const t = sim.now;
    readLat.record(Math.max(t - job.arrivalMs, 1e-3));
    let visible: number;
    if (n === primary) visible = primaryPos;
    else {
      const r = replicaNodes.indexOf(n);
      advanceApplied(r, t);
      visible = appliedPos[r]!;
    }
    // Read-your-writes concerns writes acknowledged before the read was sent.
    const mine = job.ownPosition;
    const b = bucketOf(t);
    series.reads[b]!++;
    readsTotal++;
    if (visible < mine) {
      series.staleReads[b]!++;
      staleTotal++;
      firstStale ??= {
        tMs: t,
        userId: job.userId,
        node: n === primary ? 'primary' : `replica-${replicaNodes.indexOf(n) + 1}`,
        visiblePosition: visible,
        ownPosition: mine,
        afterOwnWrite: job.afterOwnWrite,
      };
    }
  };

  /** The primary commits a write: next WAL position, shipped to each replica. */
  const commit = (job: Job) => {
    const t = sim.now;
    const p = ++primaryPos;
    commitAt[p] = t;
    writer[p] = job.userId;
    ackAt[p] = Infinity;
    const confirms: number[] = [];
    for (let r = 0; r < c.replicas; r++) {
      if (removed[r]) {
        receivedAt[r]![p] = Infinity;
        appliedAt[r]![p] = Infinity;
        continue;
      }
      const rec = Math.max(receivedAt[r]![p - 1]!, upFrom(r, t + shipS[r]!()));
      const app = notStalled(r, Math.max(appliedAt[r]![p - 1]!, rec + applyS[r]!()));
      receivedAt[r]![p] = rec;
      appliedAt[r]![p] = app;
      confirms.push(c.syncWaitFor === 'apply' ? app : rec);
    }
    let ack = t;
    if (c.mode === 'sync') {
      confirms.sort((a, b) => a - b);
      ack = confirms[c.syncCount - 1] ?? SYNC_HOLD;
    }
    pendingAcks++;
    if (ack === Infinity) return; // waits for replicas that never come: never answered
    const epoch = primaryEpoch;
    sim.at(ack, () => {
      pendingAcks--;
      // A synchronous commit still waiting when the primary died never answered: an error.
      if (epoch !== primaryEpoch || (!primaryAlive && ack > failedAt)) {
        failWrite(sim.now);
        return;
      }
      ackAt[p] = sim.now;
      writeLat.record(Math.max(sim.now - job.arrivalMs, 1e-3));
      writesAckedTotal++;
      series.writesAcked[bucketOf(sim.now)]!++;
      if (promotedIndex !== null && firstAckAfterFailover === Infinity)
        firstAckAfterFailover = sim.now;
      lastAckedPos.set(job.userId, Math.max(lastAckedPos.get(job.userId) ?? 0, p));
      if (typeof c.readFrom === 'object')
        c.readFrom.afterWrite?.({ userId: job.userId, position: p }, state);
      if (arrivals.next() < c.readAfterWriteShare) {
        const delay = readBack();
        sim.after(delay, () => arriveRead(job.userId, true));
      }
    });
  };

  const arriveRead = (userId: number, afterOwnWrite: boolean) => {
    const job: Job = {
      read: true,
      userId,
      arrivalMs: sim.now,
      afterOwnWrite,
      ownPosition: lastAckedPos.get(userId) ?? 0,
    };
    let target: Node | null = null;
    if (c.readFrom === 'primary') target = primaryAlive ? primary : null;
    else if (c.readFrom === 'replicas') {
      const views = replicaViews(sim.now);
      if (views.length > 0) target = replicaNodes[views[rrTurn++ % views.length]!.index]!;
    } else {
      const views = replicaViews(sim.now);
      const cluster: ClusterView = {
        primaryPosition: primaryPos,
        primaryOutstanding: primary.outstanding,
        replicas: views,
      };
      const choice = c.readFrom.routeRead({ userId, afterOwnWrite }, cluster, state);
      if (choice === 'primary') target = primary;
      else if (
        typeof choice === 'number' &&
        Number.isInteger(choice) &&
        views.some((v) => v.index === choice)
      )
        target = replicaNodes[choice]!;
      else
        throw new ConfigError(
          'readFrom.routeRead',
          `returned ${JSON.stringify(choice)}; expected 'primary' or the index of a replica that is up (${views.map((v) => v.index).join(', ') || 'none'})`,
        );
    }
    if (target === primary) readsOnPrimary++;
    if (target === null || (target === primary && !primaryAlive)) return; // nowhere to read: not counted as served
    enqueue(target, job);
  };

  function failWrite(t: number): void {
    writesFailed++;
    series.writesFailed[bucketOf(t)]!++;
    if (firstRefusedMs === Infinity) firstRefusedMs = t;
  }

  const arriveWrite = () => {
    writesArrived++;
    const userId = arrivals.int(c.users);
    if (!primaryAlive) {
      failWrite(sim.now);
      return;
    }
    enqueue(primary, {
      read: false,
      userId,
      arrivalMs: sim.now,
      afterOwnWrite: false,
      ownPosition: 0,
    });
  };

  // Poisson arrivals.
  const poisson = (ratePerSec: number, fn: () => void) => {
    if (ratePerSec <= 0) return;
    const mean = 1000 / ratePerSec;
    const next = () => {
      const gap = -mean * Math.log(arrivals.nextOpen());
      const t = sim.now + gap;
      if (t >= c.durationMs) return;
      sim.at(t, () => {
        fn();
        next();
      });
    };
    next();
  };
  poisson(c.writeRatePerSec, arriveWrite);
  poisson(c.readRatePerSec, () => arriveRead(arrivals.int(c.users), false));

  for (const d of downs) {
    sim.at(d.atMs, () => {
      replicaNodes[d.replica]!.up = false;
      events.push({ tMs: sim.now, what: `replica-${d.replica + 1} down` });
    });
    if (Number.isFinite(d.downMs))
      sim.at(d.atMs + d.downMs, () => {
        replicaNodes[d.replica]!.up = true;
        events.push({ tMs: sim.now, what: `replica-${d.replica + 1} back` });
      });
  }

  // Primary failure and failover.
  let lostTotal = 0;
  let lossWindow = 0;
  const pf = c.primaryFailure;
  if (pf) {
    sim.at(pf.atMs, () => {
      primaryAlive = false;
      failedAt = sim.now;
      events.push({ tMs: sim.now, what: 'primary failed' });
      primaryEpoch++;
      // Writes waiting in its queue fail with the primary (their clients see an error).
      for (const job of primary.queue.drain()) if (!job.read) failWrite(sim.now);
      primary.busy = 0;
      if (firstRefusedMs === Infinity) firstRefusedMs = sim.now;
      sim.after(pf.detectMs + pf.promoteMs, () => {
        const F = failedAt;
        let best = -1;
        let bestPos = -1;
        for (let r = 0; r < c.replicas; r++) {
          if (removed[r] || isDown(r, sim.now)) continue;
          let p = 0;
          const rec = receivedAt[r]!;
          while (p + 1 < rec.length && rec[p + 1]! <= F) p++;
          if (p > bestPos) {
            bestPos = p;
            best = r;
          }
        }
        if (best < 0) {
          events.push({ tMs: sim.now, what: 'no replica to promote: restore from backup' });
          return;
        }
        // Acknowledged writes past bestPos are gone.
        let firstLost = Infinity;
        let lastLost = -Infinity;
        for (let p = bestPos + 1; p <= primaryPos; p++) {
          if (ackAt[p]! <= F) {
            lostTotal++;
            series.writesLost[bucketOf(ackAt[p]!)]!++;
            firstLost = Math.min(firstLost, ackAt[p]!);
            lastLost = Math.max(lastLost, ackAt[p]!);
          }
        }
        lossWindow = lostTotal > 0 ? lastLost - firstLost : 0;
        // Replay what it received before opening for writes.
        const ready = Math.max(sim.now, appliedAt[best]![bestPos]!);
        sim.at(ready, () => {
          promotedIndex = best;
          removed[best] = true;
          replicaNodes[best]!.up = false;
          // The new primary continues the log from its own position; the others follow it.
          primaryPos = Math.max(primaryPos, bestPos);
          for (let r = 0; r < c.replicas; r++) {
            if (removed[r]) continue;
            // Followers that had more than the new primary are rewound to it (pg_rewind).
            const rec = receivedAt[r]!;
            const app = appliedAt[r]!;
            for (let p = bestPos + 1; p <= primaryPos; p++) {
              rec[p] = Math.max(rec[p - 1]!, sim.now);
              app[p] = Math.max(app[p - 1]!, sim.now);
            }
          }
          for (let p = bestPos + 1; p <= primaryPos; p++) commitAt[p] = sim.now;
          primaryAlive = true;
          events.push({ tMs: sim.now, what: `replica-${best + 1} promoted to primary` });
        });
      });
    });
  }

  // Lag samples at bucket ends.
  for (let b = 0; b < buckets; b++) {
    const t = Math.min(c.durationMs, (b + 1) * c.resolutionMs);
    sim.at(t - 1e-6, () => {
      for (let r = 0; r < c.replicas; r++) {
        if (removed[r] || !replicaNodes[r]!.up) {
          series.lagMs[r]![b] = NaN;
          continue;
        }
        const lag = lagOf(r, sim.now);
        series.lagMs[r]![b] = lag;
        if (lag > maxLag) maxLag = lag;
      }
    });
  }

  sim.runUntil(c.durationMs);

  const cap = c.cores * c.resolutionMs;
  for (let b = 0; b < buckets; b++) {
    series.primaryUtilisation[b] = Math.min(1, primary.bucketBusyMs[b]! / cap);
    for (let r = 0; r < c.replicas; r++)
      series.replicaUtilisation[r]![b] = Math.min(1, replicaNodes[r]!.bucketBusyMs[b]! / cap);
  }
  const primaryBusy = primary.bucketBusyMs.reduce((a, b) => a + b, 0);
  const q = (h: LogHistogram, p: number) => (h.count > 0 ? h.quantile(p) : 0);
  return {
    config: c,
    summary: {
      writesArrived,
      writesAcked: writesAckedTotal,
      writesFailed,
      writesPending: Math.max(0, pendingAcks),
      writesLost: lostTotal,
      dataLossWindowMs: lossWindow,
      reads: readsTotal,
      staleReads: staleTotal,
      readsOnPrimary,
      writeP50Ms: q(writeLat, 0.5),
      writeP95Ms: q(writeLat, 0.95),
      readP95Ms: q(readLat, 0.95),
      maxLagMs: maxLag,
      primaryUtilisation: primaryBusy / (c.cores * c.durationMs),
      writeOutageMs:
        firstRefusedMs === Infinity
          ? 0
          : (firstAckAfterFailover === Infinity ? c.durationMs : firstAckAfterFailover) -
            firstRefusedMs,
      promoted: promotedIndex,
      writesResumedAtMs: firstAckAfterFailover === Infinity ? null : firstAckAfterFailover,
    },
    series,
    events,
    firstStaleRead: firstStale,
  };
}

/**
 * Read replicas as an option of the scenario's database component (`database.replicas`): each
 * replica has the primary's `capacity` executors and its own queue; a share `readShare` of the
 * queries (the reads) is sent to the replicas in turn, the rest to the primary. Lag, failover and
 * read-your-writes are modelled by `simulateReplication`, not here: this option shows what read
 * replicas do to database load and latency. Deterministic without randomness: the share is dealt
 * out by an accumulator, so a scenario without replicas draws exactly the numbers it drew before.
 */
export interface ReadReplicasSpec {
  /** Read replicas (1–16). */
  count: number;
  /** Share of queries that are reads and go to a replica (0–1, default 0.8). */
  readShare?: number;
}

export type ReadReplicasConfig = Required<ReadReplicasSpec>;

/** Validate `database.replicas`; throws `ConfigError` naming the field and the allowed range. */
export function checkReadReplicas(value: unknown, field = 'database.replicas'): ReadReplicasConfig {
  const o = checkObject(value, field);
  checkKeys(o, field, ['count', 'readShare']);
  return {
    count: checkNumber(o['count'], `${field}.count`, { min: 1, max: 16, integer: true }),
    readShare: optNumber(o['readShare'], `${field}.readShare`, 0.8, { min: 0, max: 1 }),
  };
}
