/**
 * Chapter 4's one machine under load: the applications it runs, where a size saturates, and the
 * scenario of one machine serving them. Its simulation and both exercises' checks use these, so the
 * prose, the charts and the grading describe the same machines. The checks bundle it into the
 * exercise sandbox, so it imports only the engine.
 */
import { machineSize, type Scenario, type ServerSpec, type TrafficSpec } from 'archlab';
import { capacityPerSec, littlesRate } from '../../../engine/theory/queueing.ts';

/** What one request of an application needs. */
export interface AppNeeds {
  /** CPU time per request on one core, ms (mean of an exponential). */
  cpuMs: number;
  /** Time per request spent waiting on the database, holding memory but no core, ms. */
  waitMs: number;
  /** Memory of the running application with no requests, MB. */
  baseMemoryMb: number;
  /** Memory each request in progress holds, MB. */
  memoryPerRequestMb: number;
}

/** The chapter's two applications: one CPU-heavy, one that holds memory while it waits. */
export const API = {
  cpuMs: 20,
  waitMs: 0,
  baseMemoryMb: 400,
  memoryPerRequestMb: 4,
} as const satisfies AppNeeds;
export const CHECKOUT = {
  cpuMs: 10,
  waitMs: 300,
  baseMemoryMb: 500,
  memoryPerRequestMb: 100,
} as const satisfies AppNeeds;

/** Requests per second a size can serve before its CPU is full: cores × speed ÷ CPU time. */
export function cpuCapacity(size: string, w: AppNeeds): number {
  const m = machineSize(size);
  // A core of speed s does a request in cpuMs / s: full at ρ = 1, i.e. c·μ.
  return capacityPerSec(w.cpuMs / m.speed, m.cores);
}

/**
 * Requests per second before its RAM is full: by Little's law a request rate λ keeps about
 * λ × (CPU + waiting time) requests in progress, each holding its memory.
 */
export function memoryCapacity(size: string, w: AppNeeds): number {
  const m = machineSize(size);
  const maxInFlight = (m.memoryMb - w.baseMemoryMb) / w.memoryPerRequestMb;
  return Math.max(0, littlesRate(maxInFlight, w.cpuMs + w.waitMs));
}

/** How a run of one machine is set up, beyond its size and application. */
export interface MachineRun {
  durationMs: number;
  warmupMs?: number;
  traffic: TrafficSpec;
  /** Requests waiting for a core beyond this are refused. */
  queueCapacity: number;
  /** What the operating system does when memory runs out, and how paging or a restart costs. */
  memory: Pick<
    ServerSpec,
    'onMemoryExhausted' | 'restartMs' | 'majorFaultsPerRequest' | 'pageInMs'
  >;
  name?: string;
}

/** One machine of `size` running `app`: its database (if the app waits on one) never queues. */
export function machineScenario(size: string, app: AppNeeds, run: MachineRun): Scenario {
  return {
    ...(run.name === undefined ? {} : { name: run.name }),
    durationMs: run.durationMs,
    ...(run.warmupMs === undefined ? {} : { warmupMs: run.warmupMs }),
    resolutionMs: 1000,
    traffic: run.traffic,
    servers: [
      {
        size,
        serviceTime: { kind: 'exponential', mean: app.cpuMs },
        queueCapacity: run.queueCapacity,
        baseMemoryMb: app.baseMemoryMb,
        memoryPerRequestMb: app.memoryPerRequestMb,
        ...run.memory,
        // One event loop per core: a request waiting on the database holds memory, not a core.
        blockingIo: false,
      },
    ],
    ...(app.waitMs > 0
      ? {
          database: {
            queryTimeMs: { kind: 'lognormal', median: app.waitMs, sigma: 0.25 },
            capacity: 100_000,
            poolSize: 100_000,
          },
        }
      : {}),
  };
}
