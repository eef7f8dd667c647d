/**
 * Chapter 12's traffic with errors on a schedule, shared by the timeline simulation and the
 * exercises. Errors come from a payment API: a share of requests call it, and its outages make
 * exactly those requests fail, so an outage sets the error rate to that share.
 */
import type { AlertRuleSpec, Scenario } from 'archlab';

/** A period when a share of requests fails. */
export interface ErrorWindow {
  /** Start, ms. */
  atMs: number;
  durationMs: number;
}

/** A day (compressed) of traffic: background errors, blips and incidents. */
export interface Day {
  name: string;
  durationMs: number;
  ratePerSec: number;
  /** Share of requests that call the payment API (and fail during its outages). */
  share: number;
  /** Probability a payment call fails outside outages. */
  apiErrorRate: number;
  /** Outages of the payment API. */
  outages: ErrorWindow[];
  /** Scrape and evaluation interval, ms. */
  resolutionMs: number;
}

/** The scenario of a day with these alert rules. */
export function dayScenario(day: Day, alerts: AlertRuleSpec[]): Scenario {
  return {
    name: day.name,
    durationMs: day.durationMs,
    resolutionMs: day.resolutionMs,
    traffic: {
      kind: 'poisson',
      ratePerSec: day.ratePerSec,
      requestTypes: [
        { name: 'browse', weight: 1 - day.share, apiCalls: 0 },
        { name: 'pay', weight: day.share, apiCalls: 1 },
      ],
    },
    servers: [{ cores: 16, serviceTime: 2, blockingIo: false }],
    externalApi: {
      latencyMs: 20,
      errorRate: day.apiErrorRate,
      outages: day.outages.map((o) => ({ ...o, mode: 'error' as const })),
    },
    alerts,
  };
}
