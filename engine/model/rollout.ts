import type { EventHandler, Simulation } from '../core/simulation.ts';
import type { Rng } from '../core/rng.ts';
import { ConfigError, checkKeys, checkObject, checkOneOf, optNumber } from '../core/errors.ts';
import { LogHistogram } from '../observe/histogram.ts';
import type { Server, ServerConfig } from './server.ts';

/**
 * Deploying a new version to a fleet behind the load balancer, without stopping the service.
 *
 * The scenario's `servers` run the old version. For a rollout the system adds one replacement per
 * old server (switched off, named `<name>-v2`), running the new version: the same machine with
 * `version.slowdown` times the service time and a fraction `version.errorRate` of its answers
 * failing (a bad version). Three strategies move traffic from old to new:
 *
 * - **rolling** (Kubernetes Deployment `RollingUpdate`): at most `maxSurge` servers above the
 *   fleet size are running or starting, and at most `maxUnavailable` below it are missing from
 *   the servers ready to take traffic. Old servers are removed only while the ready count stays
 *   ≥ replicas − maxUnavailable; new ones are started only while running + starting ≤ replicas +
 *   maxSurge. Servers being drained do not count (as in Kubernetes, terminating Pods are not
 *   counted against maxSurge). Source: kubernetes.io, Deployments, "Rolling Update Deployment".
 * - **blue-green**: start the whole new fleet (green) next to the old one (blue); when every green
 *   server is ready, switch all traffic at once. Blue stays on standby for `standbyMs`, so a
 *   rollback is an instant switch back.
 * - **canary**: start `canary.servers` new servers next to the old fleet (the load balancer gives
 *   them their share of the traffic: 1 of N + 1 with round robin), let `analysis` compare them with
 *   the old ones, then promote (continue as a rolling update) or roll back. Source: Google SRE
 *   workbook, "Canarying Releases".
 *
 * Readiness: with `readinessProbe` (default) a new server joins the load balancer only once it
 * can serve (`startupMs` after its start); without it the load balancer sends it traffic from the
 * start and every request that arrives before `startupMs` is refused (a 502 for the client), and
 * a rolling update counts it as available at once.
 *
 * Graceful shutdown: a server being removed is deregistered first (it takes no new requests) and
 * then finishes its in-flight requests for up to `drainMs` (Kubernetes'
 * terminationGracePeriodSeconds, an AWS target group's deregistration delay); whatever is still in
 * flight then is lost. `drainMs: 0` is a process killed without draining.
 *
 * `analysis` (optional): a rule called every `intervalMs` while both versions serve, comparing the
 * new version's requests since it first took traffic with the old version's over the same time;
 * 'rollback' brings the old fleet back (instantly for blue-green, after `startupMs` for old
 * servers a rolling update had already removed) and drains the new servers as old ones are ready
 * again, so a rollback never drops capacity below what the rollout itself kept.
 */
export interface RolloutSpec {
  /** 'rolling' (default), 'blue-green' or 'canary'. */
  strategy?: RolloutStrategy;
  /** When the deploy starts, ms (default 0). */
  atMs?: number;
  /** How the new version behaves (default: exactly like the old one). */
  version?: VersionSpec;
  /** Rolling: servers allowed above the fleet size while rolling (default 1). */
  maxSurge?: number;
  /** Rolling: servers allowed below the fleet size among those ready (default 0). */
  maxUnavailable?: number;
  /** Time from starting a server to it being able to serve, ms (default 20000). */
  startupMs?: number;
  /** Whether the load balancer waits for a readiness probe before sending traffic (default true). */
  readinessProbe?: boolean;
  /** How long a removed server may finish in-flight requests before it is killed, ms (default 30000). */
  drainMs?: number;
  /** Blue-green: how long the old fleet stays on standby after the switch, ms (default 300000). */
  standbyMs?: number;
  /** Canary: how many new servers take traffic before promotion (default 1). */
  canaryServers?: number;
  /** Automatic analysis of the new version against the old one (default none). */
  analysis?: AnalysisSpec;
}

export type RolloutStrategy = 'rolling' | 'blue-green' | 'canary';

/** The new version's behaviour, relative to the old one. */
export interface VersionSpec {
  /** Fraction of the new version's answers that fail (a bug), 0..1 (default 0). */
  errorRate?: number;
  /** Service-time multiplier of the new version (default 1; 2 = every request takes twice the CPU). */
  slowdown?: number;
}

/** Requests answered by one version since the new version first took traffic. */
export interface VersionStats {
  /** Requests that reached a server of this version and finished (answered, failed or refused). */
  readonly requests: number;
  /** Of those, how many failed or were refused. */
  readonly errors: number;
  /** errors / requests (NaN without requests). */
  readonly errorRate: number;
  /** p95 response time of its successful requests, ms (NaN without any). */
  readonly latencyP95Ms: number;
}

/** What an analysis rule sees. */
export interface AnalysisView {
  /** Simulated time now, ms. */
  readonly now: number;
  /** Time since the new version first took traffic, ms. */
  readonly elapsedMs: number;
  /** The new version (the canary). */
  readonly canary: VersionStats;
  /** The old version over the same time (the baseline). */
  readonly baseline: VersionStats;
}

/** Scratch space kept between calls of an analysis rule. */
export interface AnalysisState {
  vars: Record<string, number>;
}

export type AnalysisDecision = 'promote' | 'rollback' | 'wait';

/** A learner's (or a team's) promote/rollback rule. */
export type AnalysisFn = (view: AnalysisView, state: AnalysisState) => AnalysisDecision;

/** When and how the new version is judged. */
export interface AnalysisSpec {
  /** The rule, or a threshold: roll back when the canary's error rate exceeds `maxErrorRate`. */
  rule?: AnalysisFn;
  /** Built-in rule: the canary's error rate that triggers a rollback (default 0.05). */
  maxErrorRate?: number;
  /** Built-in rule: how long to watch before promoting, ms (default 120000). */
  bakeMs?: number;
  /** Time between evaluations, ms (default 10000). */
  intervalMs?: number;
}

/** A rollout with defaults filled in. */
export interface RolloutConfig {
  strategy: RolloutStrategy;
  atMs: number;
  errorRate: number;
  slowdown: number;
  maxSurge: number;
  maxUnavailable: number;
  startupMs: number;
  readinessProbe: boolean;
  drainMs: number;
  standbyMs: number;
  canaryServers: number;
  analysis: { rule: AnalysisFn; intervalMs: number } | null;
}

/**
 * The built-in analysis: roll back as soon as the canary's error rate exceeds `maxErrorRate`
 * (with at least 20 requests seen), promote after `bakeMs` otherwise. It ignores the baseline: a
 * threshold that the old version itself can exceed rolls back a good release.
 */
export function thresholdAnalysis(maxErrorRate: number, bakeMs: number): AnalysisFn {
  return (v) => {
    if (v.canary.requests >= 20 && v.canary.errorRate > maxErrorRate) return 'rollback';
    return v.elapsedMs >= bakeMs ? 'promote' : 'wait';
  };
}

/** Validate a rollout; `servers` is the scenario's server count. */
export function checkRollout(value: unknown, servers: number, field = 'rollout'): RolloutConfig {
  const o = checkObject(value, field);
  checkKeys(o, field, [
    'strategy',
    'atMs',
    'version',
    'maxSurge',
    'maxUnavailable',
    'startupMs',
    'readinessProbe',
    'drainMs',
    'standbyMs',
    'canaryServers',
    'analysis',
  ]);
  const strategy =
    o['strategy'] === undefined
      ? 'rolling'
      : checkOneOf(o['strategy'], `${field}.strategy`, [
          'rolling',
          'blue-green',
          'canary',
        ] as const);
  const count = { min: 0, max: servers, integer: true };
  const maxSurge = optNumber(o['maxSurge'], `${field}.maxSurge`, 1, count);
  const maxUnavailable = optNumber(o['maxUnavailable'], `${field}.maxUnavailable`, 0, count);
  if (maxSurge === 0 && maxUnavailable === 0)
    throw new ConfigError(
      `${field}.maxSurge`,
      'maxSurge and maxUnavailable cannot both be 0: the update could never replace a server',
    );
  let errorRate = 0;
  let slowdown = 1;
  if (o['version'] !== undefined) {
    const v = checkObject(o['version'], `${field}.version`);
    checkKeys(v, `${field}.version`, ['errorRate', 'slowdown']);
    errorRate = optNumber(v['errorRate'], `${field}.version.errorRate`, 0, { min: 0, max: 1 });
    slowdown = optNumber(v['slowdown'], `${field}.version.slowdown`, 1, { min: 0.1, max: 100 });
  }
  const readiness = o['readinessProbe'];
  if (readiness !== undefined && typeof readiness !== 'boolean')
    throw new ConfigError(`${field}.readinessProbe`, 'must be true or false');
  let analysis: RolloutConfig['analysis'] = null;
  if (o['analysis'] !== undefined) {
    const a = checkObject(o['analysis'], `${field}.analysis`);
    checkKeys(a, `${field}.analysis`, ['rule', 'maxErrorRate', 'bakeMs', 'intervalMs']);
    const r = a['rule'];
    if (r !== undefined && typeof r !== 'function')
      throw new ConfigError(
        `${field}.analysis.rule`,
        `must be a function (view, state) => 'promote' | 'rollback' | 'wait'`,
      );
    const rule =
      (r as AnalysisFn | undefined) ??
      thresholdAnalysis(
        optNumber(a['maxErrorRate'], `${field}.analysis.maxErrorRate`, 0.05, { min: 0, max: 1 }),
        optNumber(a['bakeMs'], `${field}.analysis.bakeMs`, 120_000, { min: 0 }),
      );
    analysis = {
      rule,
      intervalMs: optNumber(a['intervalMs'], `${field}.analysis.intervalMs`, 10_000, {
        above: 0,
      }),
    };
  }
  return {
    strategy,
    atMs: optNumber(o['atMs'], `${field}.atMs`, 0, { min: 0 }),
    errorRate,
    slowdown,
    maxSurge,
    maxUnavailable,
    startupMs: optNumber(o['startupMs'], `${field}.startupMs`, 20_000, { min: 0 }),
    readinessProbe: readiness ?? true,
    drainMs: optNumber(o['drainMs'], `${field}.drainMs`, 30_000, { min: 0 }),
    standbyMs: optNumber(o['standbyMs'], `${field}.standbyMs`, 300_000, { min: 0 }),
    canaryServers: optNumber(o['canaryServers'], `${field}.canaryServers`, 1, {
      min: 1,
      max: servers,
      integer: true,
    }),
    analysis,
  };
}

/** The server specs of the new version: one replacement per old server. */
export function newVersionSpecs(
  old: readonly ServerConfig[],
  config: RolloutConfig,
): ServerConfig[] {
  // Slower code is the same machine spending `slowdown` times the CPU on each request.
  return old.map((s) => ({
    ...s,
    name: `${s.name}-v2`,
    speed: s.speed / config.slowdown,
    crashes: [],
  }));
}

/** The fleet at one moment (a step function: valid until the next point). */
export interface FleetPoint {
  tMs: number;
  /** Old-version servers in the load balancer. */
  old: number;
  /** New-version servers in the load balancer. */
  new: number;
  /** Servers started and not yet in the load balancer. */
  starting: number;
  /** Servers deregistered and finishing their in-flight requests. */
  draining: number;
  /** In the load balancer and able to serve (a server sent traffic before it can serve is not). */
  ready: number;
}

/** What a rollout did. */
export interface RolloutResult {
  strategy: RolloutStrategy;
  /** 'completed': every server runs the new version; 'rolled-back'; 'in-progress' at the end of the run. */
  outcome: 'completed' | 'rolled-back' | 'in-progress';
  /** When the deploy started, ms. */
  startedMs: number;
  /** When no old server was left and every new one was available (NaN if that did not happen). */
  completedMs: number;
  /** When the analysis decided to roll back (NaN if it did not). */
  rolledBackMs: number;
  /** When the analysis promoted the canary (NaN if it did not). */
  promotedMs: number;
  /** The fleet over time, one point per change. */
  timeline: FleetPoint[];
  /** Fewest servers ready to serve at any moment from the start of the deploy. */
  minReady: number;
  /** Most servers running (in the load balancer, starting or draining) at any moment. */
  maxRunning: number;
  /** Requests each version finished from the start of the deploy. */
  oldVersion: { requests: number; errors: number };
  newVersion: { requests: number; errors: number };
  /** Requests lost because their server was killed before it finished them. */
  killedInFlight: number;
  /** Requests refused by a server the load balancer used before it could serve. */
  refusedNotReady: number;
  /** Analysis decisions other than 'wait'. */
  decisions: { tMs: number; decision: AnalysisDecision }[];
}

/** Per-version counters. */
class Tally {
  requests = 0;
  errors = 0;
  readonly latency = new LogHistogram();
  add(ok: boolean, latencyMs: number): void {
    this.requests++;
    if (ok) this.latency.record(latencyMs);
    else this.errors++;
  }
  stats(): VersionStats {
    return {
      requests: this.requests,
      errors: this.errors,
      errorRate: this.requests > 0 ? this.errors / this.requests : NaN,
      latencyP95Ms: this.latency.count > 0 ? this.latency.quantile(0.95) : NaN,
    };
  }
}

const START = 0;
const READY = 1;
const KILL = 2;
const ANALYSE = 3;
const STANDBY_END = 4;
const RECORD = 5;
const REVIVE = 6;

/**
 * Drives a rollout on a fleet of `2 × replicas` servers: `servers[0..replicas)` run the old
 * version, `servers[replicas..2·replicas)` the new one and start switched off. The system calls
 * `refuses` when routing, `fails` when a request's CPU work ends, and `finished`/`killed` when a
 * request ends, so the rollout can count each version's requests.
 */
export class Rollout implements EventHandler {
  private readonly sim: Simulation;
  private readonly servers: readonly Server[];
  private readonly config: RolloutConfig;
  private readonly rng: Rng;
  private readonly n: number;
  private readonly target: number;
  /** Per server: when it can serve (Infinity: not started), and whether it is in the rollout's plan. */
  private readonly readyAt: number[];
  private readonly oldTally = new Tally();
  private readonly newTally = new Tally();
  /** The old version from the moment the new one first took traffic: the analysis's baseline. */
  private readonly baselineTally = new Tally();
  private readonly state: AnalysisState = { vars: {} };
  private phase: 'waiting' | 'canary' | 'rolling' | 'standby' | 'done' | 'rolled-back' = 'waiting';
  private firstTrafficMs = NaN;
  /** The server being killed at its drain deadline (its lost requests are counted), or -1. */
  private killing = -1;
  private readonly result: RolloutResult;

  constructor(sim: Simulation, servers: readonly Server[], config: RolloutConfig, rng: Rng) {
    this.sim = sim;
    this.servers = servers;
    this.config = config;
    this.rng = rng;
    this.n = servers.length / 2;
    this.readyAt = servers.map((_, i) => (i < this.n ? 0 : Infinity));
    this.target = sim.register(this);
    this.result = {
      strategy: config.strategy,
      outcome: 'in-progress',
      startedMs: config.atMs,
      completedMs: NaN,
      rolledBackMs: NaN,
      promotedMs: NaN,
      timeline: [],
      minReady: Infinity,
      maxRunning: 0,
      oldVersion: { requests: 0, errors: 0 },
      newVersion: { requests: 0, errors: 0 },
      killedInFlight: 0,
      refusedNotReady: 0,
      decisions: [],
    };
    sim.schedule(config.atMs, this.target, START);
  }

  /** Whether server `i` runs the new version. */
  isNew(i: number): boolean {
    return i >= this.n;
  }

  /** The load balancer picked `server`: true if it cannot serve yet (no readiness probe). */
  refuses(server: Server): boolean {
    return this.sim.now < this.readyAt[server.index]!;
  }

  /** A request's CPU work ended on server `i`: true if the new version's bug fails it. */
  fails(i: number): boolean {
    return i >= this.n && this.config.errorRate > 0 && this.rng.next() < this.config.errorRate;
  }

  /** The load balancer handed a request to server `i`, which took it: the new version's traffic starts. */
  routed(i: number): void {
    if (i >= this.n && Number.isNaN(this.firstTrafficMs) && this.phase !== 'waiting') {
      this.firstTrafficMs = this.sim.now;
    }
  }

  /** A request that reached server `i` ended (ok or not), `latencyMs` after it arrived. */
  finished(i: number, ok: boolean, latencyMs: number, reason: string): void {
    if (i < 0 || this.phase === 'waiting') return;
    if (reason === 'server-crash' && i === this.killing) this.result.killedInFlight++;
    if (reason === 'not-ready') this.result.refusedNotReady++;
    const old = i < this.n;
    if (old) {
      this.oldTally.add(ok, latencyMs);
      // The baseline covers the same time as the canary: from its first request on.
      if (!Number.isNaN(this.firstTrafficMs)) this.baselineTally.add(ok, latencyMs);
    } else this.newTally.add(ok, latencyMs);
    // A drained server switches itself off when its last request ends: note the change.
    const last = this.result.timeline[this.result.timeline.length - 1];
    if (last && last.draining > 0 && this.servers[i]!.draining === false) this.record();
  }

  /** The rollout's results so far. */
  results(): RolloutResult {
    const r = this.result;
    // From the final points only: a same-time point replaced later was never a state of the fleet.
    r.minReady = Math.min(...r.timeline.map((p) => p.ready));
    r.maxRunning = Math.max(0, ...r.timeline.map((p) => p.old + p.new + p.starting + p.draining));
    r.oldVersion = { requests: this.oldTally.requests, errors: this.oldTally.errors };
    r.newVersion = { requests: this.newTally.requests, errors: this.newTally.errors };
    if (r.minReady === Infinity) r.minReady = NaN;
    return r;
  }

  onEvent(kind: number, arg: number): void {
    const c = this.config;
    if (kind === START) {
      if (c.strategy === 'canary') {
        this.phase = 'canary';
        for (let k = 0; k < c.canaryServers; k++) this.start(this.n + k);
      } else if (c.strategy === 'blue-green') {
        this.phase = 'rolling';
        for (let k = 0; k < this.n; k++) this.start(this.n + k);
      } else {
        this.phase = 'rolling';
        this.reconcile();
      }
      if (c.analysis) this.sim.schedule(this.sim.now + c.analysis.intervalMs, this.target, ANALYSE);
    } else if (kind === READY || kind === RECORD) {
      if (kind === READY && (this.phase === 'rolling' || this.phase === 'canary')) this.reconcile();
      else if (this.phase === 'rolled-back') this.retireNew();
    } else if (kind === KILL) {
      const s = this.servers[arg]!;
      // Still draining at the deadline: the process is killed with whatever it holds.
      if (s.draining && s.provisioned) {
        this.killing = arg;
        s.crash(this.sim.now, 0);
        this.killing = -1;
      }
      if (this.phase === 'rolling') this.reconcile();
    } else if (kind === ANALYSE) {
      this.analyse();
    } else if (kind === STANDBY_END) {
      if (this.phase === 'standby') this.phase = 'done';
    } else if (kind === REVIVE) {
      // An old server that was still draining when the rollback began starts again once it is off.
      if (!this.servers[arg]!.provisioned) this.start(arg);
      else this.sim.schedule(this.sim.now + 1000, this.target, REVIVE, arg);
    }
    this.record();
  }

  /** Start server `i`: in the load balancer when ready, or at once without a readiness probe. */
  private start(i: number): void {
    const s = this.servers[i]!;
    const now = this.sim.now;
    const c = this.config;
    if (c.readinessProbe) {
      s.provision(c.startupMs);
      this.readyAt[i] = 0;
      this.sim.schedule(now + c.startupMs, this.target, READY, i);
    } else {
      s.provision(0);
      this.readyAt[i] = now + c.startupMs;
      // The controller sees it in the load balancer at once (after its BOOTED event, FIFO ties)
      // and counts it as available; the fleet record notes when it can really serve.
      this.sim.schedule(now, this.target, READY, i);
      this.sim.schedule(now + c.startupMs, this.target, RECORD, i);
    }
  }

  /** Deregister server `i` and give it `drainMs` to finish what it holds. */
  private stop(i: number): void {
    const s = this.servers[i]!;
    s.deprovision();
    this.readyAt[i] = Infinity;
    if (s.provisioned) this.sim.schedule(this.sim.now + this.config.drainMs, this.target, KILL, i);
  }

  /** In the load balancer (booted, not draining); counted as available by the rollout. */
  private inLb(i: number): boolean {
    return this.servers[i]!.inService;
  }

  /** The rolling-update controller, run until the fleet stops changing. */
  private reconcile(): void {
    // A server removed with nothing in flight is off at once and frees surge room straight away.
    for (let k = 0; k < 4 * this.n + 4 && this.reconcileOnce(); k++);
  }

  /** Start new servers within the surge, remove old ones within the unavailability; true if anything changed. */
  private reconcileOnce(): boolean {
    let changed = false;
    const c = this.config;
    const n = this.n;
    if (this.phase === 'canary') return false;
    let oldActive = 0;
    let newStarted = 0;
    let newAvailable = 0;
    for (let i = 0; i < n; i++) {
      const s = this.servers[i]!;
      if (s.provisioned && !s.draining) oldActive++;
      const t = this.servers[n + i]!;
      if (t.provisioned && !t.draining) {
        newStarted++;
        if (t.inService) newAvailable++;
      }
    }
    if (c.strategy === 'blue-green') {
      if (newAvailable === n && oldActive > 0) {
        for (let i = 0; i < n; i++) if (this.inLb(i)) this.stop(i);
        this.complete();
        this.phase = 'standby';
        this.sim.schedule(this.sim.now + c.standbyMs, this.target, STANDBY_END);
      }
      return false;
    }
    // Scale up: total running (old not draining + new started) stays ≤ replicas + maxSurge.
    let room = n + c.maxSurge - oldActive - newStarted;
    for (let k = 0; k < n && room > 0; k++) {
      if (!this.servers[n + k]!.provisioned) {
        this.start(n + k);
        newStarted++;
        room--;
        changed = true;
      }
    }
    // Scale down: ready servers (old + new available) stay ≥ replicas − maxUnavailable.
    let removable = oldActive + newAvailable - (n - c.maxUnavailable);
    for (let i = n - 1; i >= 0 && removable > 0; i--) {
      const s = this.servers[i]!;
      if (s.provisioned && !s.draining) {
        this.stop(i);
        removable--;
        oldActive--;
        changed = true;
      }
    }
    // Complete as Kubernetes counts it: no old server left and every new one available.
    if (oldActive === 0 && newAvailable === n && this.phase === 'rolling') this.complete();
    return changed && this.phase === 'rolling';
  }

  private complete(): void {
    this.result.completedMs = this.sim.now;
    this.result.outcome = 'completed';
    if (this.phase === 'rolling') this.phase = 'done';
  }

  private analyse(): void {
    const a = this.config.analysis!;
    const now = this.sim.now;
    const judging = this.phase === 'canary' || this.phase === 'rolling' || this.phase === 'standby';
    if (!judging) return;
    if (!Number.isNaN(this.firstTrafficMs)) {
      const view: AnalysisView = {
        now,
        elapsedMs: now - this.firstTrafficMs,
        canary: this.newTally.stats(),
        baseline: this.baselineTally.stats(),
      };
      const d = a.rule(view, this.state);
      if (d === 'rollback') {
        this.result.decisions.push({ tMs: now, decision: d });
        this.rollback();
        return;
      }
      if (d === 'promote') {
        this.result.decisions.push({ tMs: now, decision: d });
        this.result.promotedMs = now;
        if (this.phase === 'canary') {
          this.phase = 'rolling';
          this.reconcile();
        } else if (this.phase === 'standby') this.phase = 'done';
        // A rolling update or a blue-green switch keeps going; analysis stops after a promotion.
        return;
      }
    }
    this.sim.schedule(now + a.intervalMs, this.target, ANALYSE);
  }

  /** Bring every old server back (instantly if it is still running) and retire the new ones. */
  private rollback(): void {
    const n = this.n;
    this.phase = 'rolled-back';
    this.result.rolledBackMs = this.sim.now;
    this.result.outcome = 'rolled-back';
    this.result.completedMs = NaN;
    for (let i = 0; i < n; i++) {
      const s = this.servers[i]!;
      if (s.provisioned && s.draining) {
        this.sim.schedule(this.sim.now + this.config.drainMs, this.target, REVIVE, i);
      } else if (!s.provisioned) {
        if (this.config.strategy === 'blue-green') {
          // Blue never stopped running: switching back is a load-balancer change.
          s.provision(0);
          this.readyAt[i] = 0;
          this.sim.schedule(this.sim.now, this.target, RECORD, i);
        } else this.start(i);
      }
    }
    this.retireNew();
  }

  /**
   * During a rollback, keep new servers that serve only until the old fleet is back, as a rolling
   * update back to the old version would (capacity first): a canary or a blue-green switch goes at
   * once, a rolling update's new servers one for each old server ready again.
   */
  private retireNew(): void {
    const n = this.n;
    const now = this.sim.now;
    let oldReady = 0;
    for (let i = 0; i < n; i++) {
      const s = this.servers[i]!;
      if (s.inService && now >= this.readyAt[i]!) oldReady++;
    }
    let keep = Math.max(0, n - oldReady);
    for (let i = 2 * n - 1; i >= n; i--) {
      const s = this.servers[i]!;
      if (!s.provisioned || s.draining) continue;
      if (s.inService && keep > 0) keep--;
      else this.stop(i);
    }
  }

  /** Append a fleet point if the fleet changed. */
  private record(): void {
    const now = this.sim.now;
    const n = this.n;
    let old = 0;
    let neu = 0;
    let starting = 0;
    let draining = 0;
    let ready = 0;
    this.servers.forEach((s, i) => {
      if (!s.provisioned) return;
      if (s.draining) draining++;
      else if (s.inService) {
        if (i < n) old++;
        else neu++;
        if (now >= this.readyAt[i]!) ready++;
      } else starting++;
    });
    const tl = this.result.timeline;
    const last = tl[tl.length - 1];
    const p: FleetPoint = { tMs: now, old, new: neu, starting, draining, ready };
    if (
      last &&
      last.old === old &&
      last.new === neu &&
      last.starting === starting &&
      last.draining === draining &&
      last.ready === ready
    )
      return;
    if (last && last.tMs === now) tl.pop();
    tl.push(p);
  }
}
