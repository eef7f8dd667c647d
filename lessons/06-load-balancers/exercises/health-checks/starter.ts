// Without health checks a load balancer keeps sending requests to a server that has crashed,
// and every one of them fails. Worse, with least connections a dead server (0 connections)
// looks like the least busy one and attracts the most traffic.
//
// Configure the load balancer's active health checks: every `intervalMs` it probes each
// server; after `unhealthyThreshold` failed probes in a row it stops sending to it, and after
// `healthyThreshold` good probes in a row it sends to it again.
import type { HealthCheckSpec } from 'archlab';

export const healthCheck: HealthCheckSpec = {
  // TODO: a probe every 10 s, and 3 failures in a row: a crash goes unnoticed for 30 s.
  intervalMs: 10_000,
  unhealthyThreshold: 3,
  // TODO: how quickly should a recovered server get traffic again?
  healthyThreshold: 3,
};
