/**
 * The request state machine, from arrival to answer:
 *
 *   arrive ─(client link)→ route ─→ server (queue → worker → core) ─→ cpuDone
 *     cpuDone ─→ I/O steps in order: database queries, then external-API calls ─→ respond
 *     respond ─(client link)→ delivered ok | failed
 *   and off the happy path: dropped (queue full, down, no server), failed (crash, database, API,
 *   network partition). Every request ends exactly once, in `endRequest`, and goes back to the pool.
 *
 * A new component that sits on the path adds one step to `continueIo` (or to `route`) and keeps
 * the others' order, so scenarios without it behave exactly as before.
 */
import { MAX_IN_FLIGHT } from '../core/limits.ts';
import type { EventHandler, Simulation } from '../core/simulation.ts';
import type { CacheAside, CacheReadListener } from '../model/cache.ts';
import type { Database, QueryListener } from '../model/database.ts';
import type { ApiErrorKind, ApiListener, ExternalApi } from '../model/externalApi.ts';
import type { LoadBalancer } from '../model/loadBalancer.ts';
import type { LogSink } from '../model/logSink.ts';
import type { NetworkLink } from '../model/network.ts';
import type { Request, RequestPool } from '../model/request.ts';
import type { DropReason, Server, ServerListener } from '../model/server.ts';
import type { ArrivalSink } from '../model/traffic.ts';
import type { Recorder } from '../observe/recorder.ts';
import type { Rollout } from '../model/rollout.ts';
import type { TraceRecord } from './result.ts';
import type { ScenarioConfig } from './validate.ts';

/** Event kinds this handler schedules for itself. */
const ROUTE = 0;
const DELIVER_OK = 1;
const DELIVER_FAIL = 2;

/** Bytes of an error response (what a failed request sends back instead of its payload). */
const ERROR_RESPONSE_BYTES = 200;

/** The components the lifecycle drives; set once by the assembly, before the first event. */
export interface LifecycleParts {
  servers: Server[];
  recorder: Recorder;
  lb: LoadBalancer | undefined;
  dbs: Database[];
  api: ExternalApi | undefined;
  logs: LogSink | undefined;
  clientIn: NetworkLink | undefined;
  clientOut: NetworkLink | undefined;
  /** A deploy in progress (with `rollout`). */
  rollout?: Rollout | undefined;
  /** Cache-aside in front of the database, and the key each query reads. */
  cache?: CacheAside;
  cacheKey?: () => number;
}

/** Owns every request from arrival to answer; the components report back to it. */
export class RequestLifecycle
  implements
    EventHandler,
    ServerListener,
    QueryListener,
    CacheReadListener,
    ApiListener,
    ArrivalSink
{
  /** Requests arrived and not yet ended. */
  inFlight = 0;
  /** Per-request stories (only with `trace`). */
  readonly traces: TraceRecord[] | undefined;
  private readonly sim: Simulation;
  private readonly pool: RequestPool;
  private readonly cfg: ScenarioConfig;
  private readonly target: number;
  private readonly traceLimit: number;
  private readonly requestBytes: number;
  // Filled by `connect` (the components need this object as their listener first).
  private servers: Server[] = [];
  private recorder!: Recorder;
  private lb: LoadBalancer | undefined;
  private dbs: Database[] = [];
  private api: ExternalApi | undefined;
  private logs: LogSink | undefined;
  private clientIn: NetworkLink | undefined;
  private clientOut: NetworkLink | undefined;
  private rollout: Rollout | undefined;
  private cache: CacheAside | undefined;
  private cacheKey: (() => number) | undefined;
  /** No database and no API: requests answer straight after their CPU phase. */
  private noIo = true;

  constructor(sim: Simulation, pool: RequestPool, cfg: ScenarioConfig, traceLimit: number) {
    this.sim = sim;
    this.pool = pool;
    this.cfg = cfg;
    this.traceLimit = traceLimit;
    this.requestBytes = cfg.network.requestBytes;
    if (traceLimit > 0) this.traces = [];
    // Registered before every component: its handler id (and so event order) is fixed.
    this.target = sim.register(this);
  }

  /** Hand over the assembled components. */
  connect(parts: LifecycleParts): void {
    this.servers = parts.servers;
    this.recorder = parts.recorder;
    this.lb = parts.lb;
    this.dbs = parts.dbs;
    this.api = parts.api;
    this.logs = parts.logs;
    this.clientIn = parts.clientIn;
    this.clientOut = parts.clientOut;
    this.rollout = parts.rollout;
    this.cache = parts.cache;
    this.cacheKey = parts.cacheKey;
    this.noIo = this.dbs.length === 0 && this.api === undefined;
  }

  /** A request arrives from a client. */
  arrive(req: Request): void {
    this.recorder.onArrival();
    // Overload is a result: past the limit the run stops after this event, and says why.
    if (++this.inFlight > MAX_IN_FLIGHT) this.sim.halt('in-flight-limit');
    this.recorder.bytesIn += this.requestBytes;
    if (this.clientIn) this.sendIn(req, this.clientIn);
    else this.route(req);
  }

  /** The request crosses the client link to the load balancer (or is lost to a partition). */
  private sendIn(req: Request, link: NetworkLink): void {
    const t = link.send(this.requestBytes, this.sim.now);
    if (t < 0) {
      this.finishFailed(req, 'network-partition', false);
      return;
    }
    req.outside = true;
    this.sim.schedule(t, this.target, ROUTE, req.token);
  }

  /** Routing and delivery events. */
  onEvent(kind: number, token: number): void {
    const req = this.pool.resolve(token);
    if (req === undefined) return;
    req.outside = false;
    if (kind === ROUTE) this.route(req);
    else if (kind === DELIVER_OK) this.deliverOk(req);
    else this.finishFailed(req, req.failReason, false);
  }

  /** Server finished the CPU phase: run the request's queries and API calls, then answer. */
  cpuDone(req: Request): void {
    // A bad new version fails some requests once their CPU work is done.
    if (this.rollout?.fails(req.server)) this.respond(req, false, 'bad-version');
    else if (this.noIo) this.respond(req, true, '');
    else this.startIo(req);
  }

  /** How many queries and calls this request's type makes, then the first of them. */
  private startIo(req: Request): void {
    const type = this.cfg.traffic.requestTypes[req.typeIndex]!;
    req.dbLeft = this.dbs.length > 0 ? (type.dbQueries ?? this.cfg.database!.queriesPerRequest) : 0;
    req.apiLeft = this.api ? (type.apiCalls ?? this.cfg.externalApi!.callsPerRequest) : 0;
    this.continueIo(req);
  }

  /** A database query finished (through the cache, when there is one: it stores and answers). */
  queryDone(req: Request, ok: boolean): void {
    if (this.cache) return this.cache.queryDone(req, ok);
    this.readDone(req, ok);
  }

  /** A read finished: from the cache, or from the database (directly or through the cache). */
  readDone(req: Request, ok: boolean): void {
    req.outside = false;
    if (req.dead) return this.releaseDead(req);
    if (!ok) return this.respond(req, false, 'database');
    this.continueIo(req);
  }

  /** An external-API call finished (after retries). */
  callDone(req: Request, ok: boolean, error: ApiErrorKind | null): void {
    req.outside = false;
    this.api!.forget(req);
    if (req.dead) return this.releaseDead(req);
    if (!ok) return this.respond(req, false, `api-${error ?? 'error'}`);
    this.continueIo(req);
  }

  /** An API attempt failed and will be retried. */
  retrying(req: Request, attempt: number, error: ApiErrorKind, delayMs: number): void {
    if (req.server < 0 || !this.logs?.enabled('warn')) return;
    this.logs.write(req.server, {
      tMs: this.sim.now,
      level: 'warn',
      requestId: req.id,
      server: this.servers[req.server]!.name,
      message: `${this.api!.config.name} attempt ${attempt} ${error}; retry in ${Math.round(delayMs)} ms`,
    });
  }

  /** A server refused or lost a request. */
  dropped(req: Request, server: Server, reason: DropReason): void {
    if (reason === 'crash') {
      this.recorder.onFail(this.sim.now, server.index);
      this.endRequest(req, 'failed', 'server-crash');
      if (req.outside) {
        // The database or the API still holds it; it is released when they hand it back.
        req.dead = true;
      } else {
        this.pool.release(req);
      }
      return;
    }
    this.recorder.onDrop(this.sim.now, server.index);
    this.log(req, server.index, 'error', `dropped: ${reason}`);
    this.endRequest(req, 'dropped', reason);
    this.pool.release(req);
  }

  /** A server crashed (its unshipped logs are lost). */
  crashed(server: Server): void {
    this.logs?.crashed(server.index);
  }

  private route(req: Request): void {
    const server = this.lb ? this.lb.route(req, this.sim.now) : this.servers[0]!;
    if (server === undefined) this.noServer(req);
    else if (this.rollout === undefined || this.admitted(req, server, this.rollout)) {
      server.accept(req);
    }
  }

  /** The load balancer has no server to offer: the request is dropped. */
  private noServer(req: Request): void {
    this.recorder.onDrop(this.sim.now);
    this.endRequest(req, 'dropped', 'no-server');
    this.pool.release(req);
  }

  /** During a deploy: false (and the request dropped) if `server` is in the LB but cannot serve yet. */
  private admitted(req: Request, server: Server, rollout: Rollout): boolean {
    if (rollout.refuses(server)) {
      // In the load balancer before it can serve (no readiness probe): the connection is refused.
      req.server = server.index;
      this.recorder.onDrop(this.sim.now, server.index);
      this.endRequest(req, 'dropped', 'not-ready');
      this.pool.release(req);
      return false;
    }
    rollout.routed(server.index);
    return true;
  }

  /** The I/O steps after the CPU phase, in a fixed order: database queries, then API calls. */
  private continueIo(req: Request): void {
    if (req.dbLeft > 0) {
      req.dbLeft--;
      req.outside = true;
      if (this.cache) this.cache.read(req, this.cacheKey!());
      else this.dbs[this.dbs.length === 1 ? 0 : req.server]!.query(req);
      return;
    }
    if (req.apiLeft > 0) {
      req.apiLeft--;
      req.outside = true;
      this.api!.call(req);
      return;
    }
    this.respond(req, true, '');
  }

  /** The server answers: free it, then send the response back over the network. */
  private respond(req: Request, ok: boolean, reason: string): void {
    const server = this.servers[req.server]!;
    server.finish(req);
    const bytes = ok ? req.sizeBytes : ERROR_RESPONSE_BYTES;
    this.recorder.addBytesOut(req.server, bytes);
    if (this.logs) this.logAnswer(req, ok, reason);
    req.failReason = reason;
    if (this.clientOut) return this.sendBack(req, ok, bytes, this.clientOut);
    if (ok) this.deliverOk(req);
    else this.finishFailed(req, reason, false);
  }

  /** The server logs when it answers (a crash after this cannot un-write it, only lose it unshipped). */
  private logAnswer(req: Request, ok: boolean, reason: string): void {
    if (!ok) this.log(req, req.server, 'error', `failed: ${reason}`);
    else if (this.logs!.enabled('info')) {
      this.log(
        req,
        req.server,
        'info',
        `ok ${req.type} in ${Math.round(this.sim.now - req.arrivalMs)} ms`,
      );
    }
  }

  /** The response crosses the client link (or is lost to a partition on the way). */
  private sendBack(req: Request, ok: boolean, bytes: number, link: NetworkLink): void {
    const t = link.send(bytes, this.sim.now);
    if (t < 0) {
      this.finishFailed(req, 'network-partition', ok);
      return;
    }
    req.outside = true;
    this.sim.schedule(t, this.target, ok ? DELIVER_OK : DELIVER_FAIL, req.token);
  }

  private deliverOk(req: Request): void {
    this.recorder.onServed(req);
    this.endRequest(req, 'ok', '');
    this.pool.release(req);
  }

  private finishFailed(req: Request, reason: string, logIt: boolean): void {
    this.recorder.onFail(this.sim.now, req.server);
    if (logIt) this.log(req, req.server, 'error', `failed: ${reason}`);
    this.endRequest(req, 'failed', reason);
    this.pool.release(req);
  }

  private releaseDead(req: Request): void {
    this.pool.release(req);
  }

  private endRequest(req: Request, status: TraceRecord['status'], reason: string): void {
    this.inFlight--;
    this.rollout?.finished(req.server, status === 'ok', this.sim.now - req.arrivalMs, reason);
    if (this.traces) this.trace(this.traces, req, status, reason);
  }

  /** Keep this request's story (with `trace`, up to its limit). */
  private trace(
    traces: TraceRecord[],
    req: Request,
    status: TraceRecord['status'],
    reason: string,
  ): void {
    if (traces.length < this.traceLimit) {
      traces.push({
        id: req.id,
        clientId: req.clientId,
        type: req.type,
        server: req.server >= 0 ? this.servers[req.server]!.name : '',
        arrivalMs: req.arrivalMs,
        startMs: req.startMs > 0 || req.server >= 0 ? req.startMs : NaN,
        endMs: this.sim.now,
        status,
        reason,
        apiAttempts: req.attempt,
      });
    }
  }

  private log(
    req: Request,
    server: number,
    level: 'info' | 'warn' | 'error',
    message: string,
  ): void {
    if (!this.logs || server < 0 || !this.servers[server]!.up) return;
    this.logs.write(server, {
      tMs: this.sim.now,
      level,
      requestId: req.id,
      server: this.servers[server]!.name,
      message,
    });
  }
}
