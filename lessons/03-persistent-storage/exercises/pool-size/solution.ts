// Every app server keeps a pool of open connections to the database. A query borrows one for as
// long as it takes: the round trip to the database plus the query itself. Too few connections and
// requests queue for one; too many and the database runs out: it accepts only `maxConnections`
// in total, shared by every app server, and each open connection costs it memory.

export interface Service {
  /** App servers, each with its own pool; traffic is spread evenly over them. */
  appServers: number;
  /** Requests per second for the whole service. */
  requestsPerSec: number;
  /** Queries each request makes, one after another. */
  queriesPerRequest: number;
  /** Network round trip between an app server and the database, ms. */
  roundTripMs: number;
  /** Average time the database needs to run one query, ms. */
  queryMs: number;
  /** Connections the database accepts in total, from all app servers together. */
  maxConnections: number;
}

/** Connections in each app server's pool. */
export function poolSize(service: Service): number {
  const queriesPerSec = (service.requestsPerSec / service.appServers) * service.queriesPerRequest;
  // Little's law: connections in use on average = arrival rate × time each one is held.
  const holdSeconds = (service.roundTripMs + service.queryMs) / 1000;
  const busy = queriesPerSec * holdSeconds;
  // Half again as many for bursts (a pool run near 100 % queues like a busy CPU), plus two spare.
  const wanted = Math.ceil(busy * 1.5) + 2;
  // Every pool together must fit in what the database accepts.
  const share = Math.floor(service.maxConnections / service.appServers);
  return Math.max(1, Math.min(wanted, share));
}
