/**
 * Chapter 5's fleet: equal servers behind a load balancer, some of which may crash. Its
 * simulation and both exercises' checks build their runs here, so they describe the same fleet.
 * The checks bundle it into the exercise sandbox, so it imports only `archlab`.
 */
import type { LoadBalancerSpec, Scenario, ServerSpec, TrafficSpec } from 'archlab';

/** A run of `count` equal servers. */
export interface FleetRun {
  count: number;
  /** What every server is: a catalogue size or its cores. */
  server: Pick<ServerSpec, 'size' | 'cores'>;
  /** Mean CPU time of one request (exponential), ms. */
  cpuMs: number;
  /** Requests a server holds waiting before it refuses more. */
  queueCapacity: number;
  traffic: TrafficSpec;
  durationMs: number;
  warmupMs?: number;
  resolutionMs?: number;
  loadBalancer: LoadBalancerSpec;
  /** The first `servers` servers crash at `atMs` and are back `downMs` later. */
  crash?: { servers: number; atMs: number; downMs: number };
  /** Name the servers web-1, web-2, … (default: the engine's names). */
  named?: boolean;
  name?: string;
}

/** The scenario of a fleet run. */
export function fleetScenario(run: FleetRun): Scenario {
  const { crash } = run;
  return {
    ...(run.name === undefined ? {} : { name: run.name }),
    durationMs: run.durationMs,
    ...(run.warmupMs === undefined ? {} : { warmupMs: run.warmupMs }),
    resolutionMs: run.resolutionMs ?? 1000,
    traffic: run.traffic,
    servers: Array.from({ length: run.count }, (_, i): ServerSpec => ({
      ...(run.named ? { name: `web-${i + 1}` } : {}),
      ...run.server,
      queueCapacity: run.queueCapacity,
      serviceTime: { kind: 'exponential', mean: run.cpuMs },
      ...(crash === undefined
        ? {}
        : { crashes: i < crash.servers ? [{ atMs: crash.atMs, downMs: crash.downMs }] : [] }),
    })),
    loadBalancer: run.loadBalancer,
  };
}
