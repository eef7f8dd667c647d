/**
 * The chapter's group of unequal servers, shared by its simulation and its exercises' checks so
 * the prose, the charts and the grading all describe the same four machines.
 */
import type { ServerSpec } from 'archlab';

/** Two old servers, one twice as fast and one four times as fast (speed multiplies every core). */
export const UNEQUAL_FLEET = [
  { name: 'old-1', speed: 1 },
  { name: 'old-2', speed: 1 },
  { name: 'mid', speed: 2 },
  { name: 'big', speed: 4 },
] as const;

export type FleetMember = (typeof UNEQUAL_FLEET)[number];

/** Requests per second `fleet` answers at 100 % when one request needs `serviceMs` on a 1× core. */
export function fleetCapacity(serviceMs: number, fleet: readonly FleetMember[] = UNEQUAL_FLEET) {
  return fleet.reduce((sum, s) => sum + (1000 / serviceMs) * s.speed, 0);
}

/** Server specs for `fleet`: exponential service times of mean `serviceMs`, bounded queues. */
export function fleetServers(
  serviceMs: number,
  queueCapacity: number,
  fleet: readonly FleetMember[] = UNEQUAL_FLEET,
  extra: (s: FleetMember) => Partial<ServerSpec> = () => ({}),
): ServerSpec[] {
  return fleet.map((s) => ({
    name: s.name,
    speed: s.speed,
    queueCapacity,
    serviceTime: { kind: 'exponential', mean: serviceMs },
    ...extra(s),
  }));
}
