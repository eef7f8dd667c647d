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
  // TODO: 10 is a common library default, chosen without looking at the traffic.
  // Work out how many connections one app server keeps busy on average (Little's law: queries
  // per second × seconds each query holds a connection), add headroom for bursts, and never let
  // all the pools together exceed maxConnections.
  return 10;
}
