import type { EventHandler, Simulation } from '../core/simulation.ts';
import type { Rng } from '../core/rng.ts';
import {
  checkDistribution,
  sampler,
  type DistributionSpec,
  type Sampler,
} from '../core/distributions.ts';
import { checkKeys, checkObject, checkOneOf, optNumber } from '../core/errors.ts';
import { Fifo } from '../core/fifo.ts';
import { checkLink, NetworkLink, type LinkConfig, type LinkSpec } from './network.ts';
import type { Request, RequestPool } from './request.ts';
import {
  checkReadReplicas,
  type ReadReplicasConfig,
  type ReadReplicasSpec,
} from './replication.ts';

/** Persistent storage as JSON data. */
export interface DatabaseSpec {
  /** 'network': one shared database server reached over a link; 'local': each server's own disk. */
  kind?: 'network' | 'local';
  /** Time to execute one query, ms (default lognormal, median 2 ms, σ 0.5). */
  queryTimeMs?: DistributionSpec | number;
  /** Queries the database executes in parallel; more wait in its queue (default 8). */
  capacity?: number;
  /** Connection-pool size of each app server; more queries wait for a connection (default 10). */
  poolSize?: number;
  /** Queries per request unless the request type says otherwise (default 1). */
  queriesPerRequest?: number;
  /** The path between an app server and the database, each way (default 0.5 ms; unused for 'local'). */
  link?: LinkSpec;
  /** A query that cannot reach the database fails after this long, ms (default 5000). */
  timeoutMs?: number;
  /** Bytes of a query and of its result (defaults 300 and 2000). */
  queryBytes?: number;
  resultBytes?: number;
  /** Read replicas that take a share of the queries (none by default; see `ReadReplicasSpec`). */
  replicas?: ReadReplicasSpec;
}

/** A database with every default filled in. */
export interface DatabaseConfig {
  kind: 'network' | 'local';
  queryTimeMs: DistributionSpec;
  capacity: number;
  poolSize: number;
  queriesPerRequest: number;
  link: LinkConfig;
  timeoutMs: number;
  queryBytes: number;
  resultBytes: number;
  /** Read replicas, or null (the default: one database server). */
  replicas: ReadReplicasConfig | null;
}

/** Validate a database; throws `ConfigError` naming the field. */
export function checkDatabase(value: unknown, field = 'database'): DatabaseConfig {
  const o = checkObject(value, field);
  checkKeys(o, field, [
    'kind',
    'queryTimeMs',
    'capacity',
    'poolSize',
    'queriesPerRequest',
    'link',
    'timeoutMs',
    'queryBytes',
    'resultBytes',
    'replicas',
  ]);
  const kind =
    o['kind'] === undefined
      ? 'network'
      : checkOneOf(o['kind'], `${field}.kind`, ['network', 'local'] as const);
  const int = { min: 1, max: 100_000, integer: true };
  return {
    kind,
    queryTimeMs:
      o['queryTimeMs'] === undefined
        ? { kind: 'lognormal', median: 2, sigma: 0.5 }
        : checkDistribution(o['queryTimeMs'], `${field}.queryTimeMs`),
    capacity: optNumber(o['capacity'], `${field}.capacity`, 8, int),
    poolSize: optNumber(o['poolSize'], `${field}.poolSize`, 10, int),
    queriesPerRequest: optNumber(o['queriesPerRequest'], `${field}.queriesPerRequest`, 1, {
      min: 0,
      max: 1000,
      integer: true,
    }),
    link:
      kind === 'local'
        ? checkLink({}, `${field}.link`)
        : checkLink(o['link'] ?? { latencyMs: 0.5 }, `${field}.link`),
    timeoutMs: optNumber(o['timeoutMs'], `${field}.timeoutMs`, 5000, { above: 0 }),
    queryBytes: optNumber(o['queryBytes'], `${field}.queryBytes`, 300, { min: 0 }),
    resultBytes: optNumber(o['resultBytes'], `${field}.resultBytes`, 2000, { min: 0 }),
    replicas:
      o['replicas'] === undefined ? null : checkReadReplicas(o['replicas'], `${field}.replicas`),
  };
}

/** Receives finished queries. */
export interface QueryListener {
  /** A query finished (`ok`) or failed (unreachable, timed out). */
  queryDone(req: Request, ok: boolean): void;
}

const ARRIVE = 0;
const EXEC_DONE = 1;
const RETURN_OK = 2;
const RETURN_FAIL = 3;

/** Per-app-server connection pool. */
interface Pool {
  inUse: number;
  waiting: Fifo<Request>;
}

/**
 * A database: per-app-server connection pools, a link each way, and `capacity` parallel
 * executors with a FIFO queue — two queues in a row, as in real systems.
 */
export class Database implements EventHandler {
  readonly config: DatabaseConfig;
  /** Counters since start. */
  queries = 0;
  failures = 0;
  /** Executors busy now, and ∫ busy dt (ms). */
  busy = 0;
  busyArea = 0;
  private lastChange = 0;
  private readonly pools: Pool[] = [];
  private readonly queue = new Fifo<Request>();
  private readonly up: NetworkLink;
  private readonly down: NetworkLink;
  private readonly queryTime: Sampler;
  private readonly target: number;
  private readonly sim: Simulation;
  private readonly requests: RequestPool;
  private readonly listener: QueryListener;
  /** Read replicas: executors busy, their queues, ∫ busy dt, and which replica runs each query. */
  readonly replicaBusy: number[] = [];
  replicaBusyArea = 0;
  /** Queries the replicas executed. */
  replicaQueries = 0;
  private readonly replicaQueues: Fifo<Request>[] = [];
  private readonly replicaOf = new Map<number, number>();
  private readCredit = 0;
  private nextReplica = 0;

  constructor(
    sim: Simulation,
    requests: RequestPool,
    config: DatabaseConfig,
    rng: Rng,
    listener: QueryListener,
    field = 'database',
  ) {
    this.sim = sim;
    this.requests = requests;
    this.config = config;
    this.listener = listener;
    this.queryTime = sampler(config.queryTimeMs, rng.fork(), `${field}.queryTimeMs`);
    this.up = new NetworkLink(config.link, rng.fork(), `${field}.link`);
    this.down = new NetworkLink(config.link, rng.fork(), `${field}.link`);
    this.target = sim.register(this);
    for (let i = 0; i < (config.replicas?.count ?? 0); i++) {
      this.replicaBusy.push(0);
      this.replicaQueues.push(new Fifo<Request>());
    }
  }

  /** Bytes sent to and from the database. */
  get bytes(): number {
    return this.up.bytesSent + this.down.bytesSent;
  }

  /** Bring ∫ busy dt up to now. */
  flush(now: number): void {
    const dt = now - this.lastChange;
    this.busyArea += this.busy * dt;
    for (const b of this.replicaBusy) this.replicaBusyArea += b * dt;
    this.lastChange = now;
  }

  /** Run one query for `req` from the app server `req.server`. */
  query(req: Request): void {
    this.queries++;
    const pool = this.pool(req.server);
    if (pool.inUse < this.config.poolSize) {
      pool.inUse++;
      this.send(req);
    } else {
      pool.waiting.push(req);
    }
  }

  /** Query arrivals, completions and responses (requests are not released while outside). */
  onEvent(kind: number, token: number): void {
    const r = this.requests.resolve(token);
    if (r === undefined) return;
    const now = this.sim.now;
    if (kind === ARRIVE) {
      const replica = this.replicaFor();
      if (replica >= 0) this.arriveAtReplica(r, replica, now);
      else if (this.busy < this.config.capacity) this.execute(r, now);
      else this.queue.push(r);
    } else if (kind === EXEC_DONE) {
      this.flush(now);
      const replica = this.replicaOf.get(token);
      if (replica !== undefined) {
        this.replicaOf.delete(token);
        this.replicaBusy[replica]!--;
        const next = this.replicaQueues[replica]!.shift();
        if (next !== undefined) this.executeOnReplica(next, replica, now);
      } else {
        this.busy--;
        const next = this.queue.shift();
        if (next !== undefined) this.execute(next, now);
      }
      const t = this.down.send(this.config.resultBytes, now);
      if (t < 0) this.sim.schedule(now + this.config.timeoutMs, this.target, RETURN_FAIL, token);
      else this.sim.schedule(t, this.target, RETURN_OK, token);
    } else {
      const pool = this.pool(r.server);
      pool.inUse--;
      const waiting = pool.waiting.shift();
      if (waiting !== undefined) {
        pool.inUse++;
        this.send(waiting);
      }
      if (kind === RETURN_FAIL) this.failures++;
      this.listener.queryDone(r, kind === RETURN_OK);
    }
  }

  private send(req: Request): void {
    const now = this.sim.now;
    const t = this.up.send(this.config.queryBytes, now);
    if (t < 0) this.sim.schedule(now + this.config.timeoutMs, this.target, RETURN_FAIL, req.token);
    else this.sim.schedule(t, this.target, ARRIVE, req.token);
  }

  /** The replica for the next query, or -1 for the primary: readShare of queries, in turn. */
  private replicaFor(): number {
    const rc = this.config.replicas;
    if (rc === null) return -1;
    this.readCredit += rc.readShare;
    if (this.readCredit < 1 - 1e-9) return -1;
    this.readCredit -= 1;
    const i = this.nextReplica;
    this.nextReplica = (i + 1) % rc.count;
    return i;
  }

  private arriveAtReplica(req: Request, replica: number, now: number): void {
    if (this.replicaBusy[replica]! < this.config.capacity) this.executeOnReplica(req, replica, now);
    else this.replicaQueues[replica]!.push(req);
  }

  private executeOnReplica(req: Request, replica: number, now: number): void {
    this.flush(now);
    this.replicaBusy[replica]!++;
    this.replicaQueries++;
    this.replicaOf.set(req.token, replica);
    this.sim.schedule(now + this.queryTime(), this.target, EXEC_DONE, req.token);
  }

  private execute(req: Request, now: number): void {
    this.flush(now);
    this.busy++;
    this.sim.schedule(now + this.queryTime(), this.target, EXEC_DONE, req.token);
  }

  private pool(server: number): Pool {
    let p = this.pools[server];
    if (p === undefined) {
      p = { inUse: 0, waiting: new Fifo<Request>() };
      this.pools[server] = p;
    }
    return p;
  }
}
