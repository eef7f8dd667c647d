import type { RequestView } from './request.ts';
import type { ServerView } from './server.ts';

/** Scratch space a strategy keeps between calls, plus the clock and a seeded random source. */
export interface StrategyState {
  /** Simulated time now, ms. */
  readonly now: number;
  /** Seeded uniform random number in [0, 1) — use this, never Math.random. */
  random(): number;
  /** Numeric scratch values kept between calls (e.g. a round-robin counter). */
  vars: Record<string, number>;
  /** Any other scratch data kept between calls (e.g. a hash ring). */
  data: Record<string, unknown>;
}

/**
 * A load-balancing strategy: given the servers that are eligible (healthy) right now, pick one for
 * this request. Return one of `servers` or its position in `servers`.
 */
export type StrategyFn = (
  servers: readonly ServerView[],
  request: RequestView,
  state: StrategyState,
) => ServerView | number;

/** Take turns in order. */
export const roundRobin: StrategyFn = (servers, _request, state) => {
  const i = (state.vars['next'] ?? 0) % servers.length;
  state.vars['next'] = i + 1;
  return i;
};

/**
 * Smooth weighted round robin (nginx): each turn every server gains its weight, the richest is
 * picked and pays the total — the order interleaves instead of sending bursts to the heaviest.
 */
export const weightedRoundRobin: StrategyFn = (servers, _request, state) => {
  const current = (state.data['current'] ??= new Map<string, number>()) as Map<string, number>;
  let total = 0;
  let best = 0;
  let bestScore = -Infinity;
  for (let i = 0; i < servers.length; i++) {
    const s = servers[i]!;
    const score = (current.get(s.name) ?? 0) + s.weight;
    current.set(s.name, score);
    total += s.weight;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  const chosen = servers[best]!;
  current.set(chosen.name, bestScore - total);
  return best;
};

/** Uniformly at random. */
export const randomChoice: StrategyFn = (servers, _request, state) =>
  Math.floor(state.random() * servers.length);

/** Fewest outstanding requests; ties broken at random so no server is favoured by position. */
export const leastConnections: StrategyFn = (servers, _request, state) => {
  let best = 0;
  let bestConn = Infinity;
  let ties = 0;
  for (let i = 0; i < servers.length; i++) {
    const c = servers[i]!.connections;
    if (c < bestConn) {
      bestConn = c;
      best = i;
      ties = 1;
    } else if (c === bestConn) {
      // Reservoir sampling over the tied servers.
      ties++;
      if (state.random() * ties < 1) best = i;
    }
  }
  return best;
};

/** Two distinct servers at random; the one with fewer outstanding requests wins (Mitzenmacher). */
export const powerOfTwoChoices: StrategyFn = (servers, _request, state) => {
  const n = servers.length;
  if (n === 1) return 0;
  const a = Math.floor(state.random() * n);
  let b = Math.floor(state.random() * (n - 1));
  if (b >= a) b++;
  const ca = servers[a]!.connections;
  const cb = servers[b]!.connections;
  if (ca === cb) return state.random() < 0.5 ? a : b;
  return ca < cb ? a : b;
};

/**
 * Peak EWMA (Finagle, Linkerd): two random servers, pick the lower
 * `peak-EWMA latency × (outstanding + 1)` — latency-aware as well as load-aware.
 */
export const peakEwma: StrategyFn = (servers, _request, state) => {
  const n = servers.length;
  if (n === 1) return 0;
  const a = Math.floor(state.random() * n);
  let b = Math.floor(state.random() * (n - 1));
  if (b >= a) b++;
  const sa = servers[a]!;
  const sb = servers[b]!;
  // Unmeasured servers cost their load alone (a small epsilon keeps the product meaningful).
  const costA = (sa.peakEwmaMs + 1e-3) * (sa.connections + 1);
  const costB = (sb.peakEwmaMs + 1e-3) * (sb.connections + 1);
  return costA <= costB ? a : b;
};

/** 32-bit FNV-1a hash of a string, then a murmur3 finaliser for avalanche. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

interface Ring {
  key: string;
  points: Uint32Array;
  owners: string[];
}

/** Virtual nodes per server on the hash ring: enough to spread load within a few percent. */
const VNODES = 128;

/**
 * Consistent hashing on the client id (sticky sessions): each server owns 128 points on a ring; a
 * client goes to the first point clockwise of its hash. Removing a server moves only its clients.
 */
export const consistentHash: StrategyFn = (servers, request, state) => {
  const key = servers.map((s) => s.name).join('\u0000');
  let ring = state.data['ring'] as Ring | undefined;
  if (ring?.key !== key) {
    const pts: { p: number; owner: string }[] = [];
    for (const s of servers)
      for (let v = 0; v < VNODES; v++) pts.push({ p: hash32(`${s.name}#${v}`), owner: s.name });
    pts.sort((x, y) => x.p - y.p || (x.owner < y.owner ? -1 : 1));
    ring = { key, points: Uint32Array.from(pts, (x) => x.p), owners: pts.map((x) => x.owner) };
    state.data['ring'] = ring;
  }
  const h = hash32(`client-${request.clientId}`);
  const pts = ring.points;
  let lo = 0;
  let hi = pts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pts[mid]! < h) lo = mid + 1;
    else hi = mid;
  }
  const owner = ring.owners[lo === pts.length ? 0 : lo]!;
  return servers.findIndex((s) => s.name === owner);
};

/** The built-in strategies by name (scenario JSON uses these names). */
export const strategies = {
  'round-robin': roundRobin,
  'weighted-round-robin': weightedRoundRobin,
  random: randomChoice,
  'least-connections': leastConnections,
  'power-of-two': powerOfTwoChoices,
  'peak-ewma': peakEwma,
  'consistent-hash': consistentHash,
} as const satisfies Record<string, StrategyFn>;

/** Name of a built-in strategy. */
export type StrategyName = keyof typeof strategies;

/** Names of the built-in strategies. */
export const strategyNames = Object.keys(strategies) as StrategyName[];
