// Without health checks a load balancer keeps sending requests to a server that has crashed,
// and every one of them fails. Worse, with least connections a dead server (0 connections)
// looks like the least busy one and attracts the most traffic.
//
// Configure the load balancer's active health checks: every `intervalMs` it probes each
// server; after `unhealthyThreshold` failed probes in a row it stops sending to it, and after
// `healthyThreshold` good probes in a row it sends to it again.
import type { HealthCheckSpec } from 'archlab';

export const healthCheck: HealthCheckSpec = {
  // Probe twice a second: the most the operations team allows.
  intervalMs: 500,
  // Two failures in a row: one lost probe alone never takes a healthy server out.
  unhealthyThreshold: 2,
  // Two good probes in a row (1 s) before trusting a server that has come back.
  healthyThreshold: 2,
};
