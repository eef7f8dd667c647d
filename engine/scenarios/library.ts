import type { Scenario } from './scenario.ts';

/** M/M/1: Poisson arrivals at `rho`/s into one exponential server with mean 1 s (theory: W = 1/(1−ρ) s). */
export function mm1Scenario(rho: number, requests: number): Scenario {
  return {
    name: `M/M/1 at rho=${rho}`,
    durationMs: (requests / rho) * 1000,
    warmupMs: 50_000,
    traffic: { kind: 'poisson', ratePerSec: rho },
    servers: [{ serviceTime: { kind: 'exponential', mean: 1000 } }],
  };
}

/**
 * The course's whole picture: clients over a network, a load balancer with health checks,
 * servers with memory and a crash, a networked database, a payment API with retries and
 * idempotency keys, shipped logs, and alerts on latency, errors and the SLO burn rate.
 */
export function capstoneScenario(durationMs = 600_000, ratePerSec = 400): Scenario {
  return {
    name: 'capstone',
    durationMs,
    warmupMs: Math.min(10_000, durationMs / 10),
    resolutionMs: Math.max(1000, durationMs / 200),
    traffic: {
      kind: 'poisson',
      ratePerSec,
      clients: 5000,
      diurnal: { periodMs: durationMs, amplitude: 0.3 },
      spikes: [{ atMs: durationMs * 0.6, durationMs: durationMs * 0.05, multiplier: 1.5 }],
      requestTypes: [
        {
          name: 'browse',
          weight: 80,
          cost: 1,
          sizeBytes: { kind: 'lognormal', median: 20_000, sigma: 0.6 },
        },
        { name: 'search', weight: 15, cost: 2, dbQueries: 3, sizeBytes: 8000 },
        { name: 'checkout', weight: 5, cost: 3, dbQueries: 2, apiCalls: 1, sizeBytes: 2000 },
      ],
    },
    network: {
      client: {
        latencyMs: { kind: 'lognormal', median: 20, sigma: 0.3 },
        jitterMs: 5,
        lossRate: 0.001,
      },
    },
    loadBalancer: {
      strategy: 'power-of-two',
      healthCheck: { intervalMs: 1000, unhealthyThreshold: 2, healthyThreshold: 2 },
    },
    servers: [0, 1, 2, 3].map((i) => ({
      name: `web${i + 1}`,
      size: 'medium',
      serviceTime: { kind: 'lognormal', median: 5, sigma: 0.5 },
      queueCapacity: 200,
      baseMemoryMb: 1500,
      memoryPerRequestMb: 4,
      ...(i === 1 ? { crashes: [{ atMs: durationMs * 0.3, downMs: 30_000 }] } : {}),
    })),
    database: {
      kind: 'network',
      capacity: 16,
      poolSize: 20,
      queriesPerRequest: 1,
      queryTimeMs: { kind: 'lognormal', median: 2, sigma: 0.6 },
    },
    externalApi: {
      name: 'payments',
      latencyMs: { kind: 'lognormal', median: 150, sigma: 0.5 },
      errorRate: 0.02,
      timeoutMs: 1000,
      retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 2000, jitter: 'full' },
      idempotencyKeys: true,
      callsPerRequest: 0,
    },
    logs: { mode: 'shipped', batchSize: 200, flushIntervalMs: 1000, shipDelayMs: 30 },
    alerts: [
      { name: 'HighLatency', metric: 'latencyP95Ms', op: '>', threshold: 250, forMs: 5000 },
      { name: 'Errors', metric: 'errorRate', op: '>', threshold: 0.05, forMs: 5000 },
      {
        name: 'SLOBurn',
        kind: 'burn-rate',
        objective: 0.99,
        windows: [{ longMs: 60_000, shortMs: 5000, factor: 10 }],
      },
    ],
  };
}
