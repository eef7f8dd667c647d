/**
 * A page load as the browser does it, on the engine's clock and network links: the browser opens
 * its connections (TCP + TLS: two round trips), fetches the HTML, discovers the files it refers to,
 * fetches them over a limited number of parallel connections, and so on down every chain of
 * references (a stylesheet's fonts, a script's imports). Responses share the link's bandwidth.
 */
import { NetworkLink, Rng, Simulation, checkLink } from 'archlab';

/** What kind of file a request fetches. */
export type Kind = 'html' | 'css' | 'js' | 'font' | 'image';

/** One request the browser makes. */
export interface PageRequest {
  name: string;
  kind: Kind;
  /** Size of the response, bytes. */
  bytes: number;
  /** The request whose response refers to this one (null for the HTML document). */
  parent: string | null;
}

/** The network between the browser and the server. */
export interface LinkSettings {
  /** Round-trip time, ms. */
  rttMs: number;
  /** Bandwidth, megabits per second. */
  bandwidthMbps: number;
  /** Connections the browser opens to the server (HTTP/1.1 browsers use 6). */
  connections: number;
}

/** When one request happened. */
export interface Timing {
  name: string;
  kind: Kind;
  bytes: number;
  /** When the browser knew it needed the file, sent the request, and had the whole response, ms. */
  discoveredMs: number;
  sentMs: number;
  doneMs: number;
}

export interface PageLoadResult {
  /** Time until the last response arrived (the page's load event), ms. */
  loadMs: number;
  /** Requests made and bytes received. */
  requests: number;
  bytes: number;
  /** Each request in the order it was sent. */
  timings: Timing[];
}

/** Bytes of a request (method, path, headers). */
const REQUEST_BYTES = 400;
/** Round trips to open a connection: TCP's handshake, then TLS 1.3's. */
export const HANDSHAKE_ROUND_TRIPS = 2;

/** Check a page: one HTML document, unique names, parents that exist, no cycles. */
export function checkPage(page: readonly PageRequest[]): string | null {
  const names = new Set<string>();
  for (const r of page) {
    if (typeof r.name !== 'string' || r.name === '') return 'every request needs a name';
    if (names.has(r.name)) return `two requests are named "${r.name}"`;
    names.add(r.name);
    if (!(r.bytes >= 0)) return `"${r.name}" has no size`;
  }
  const roots = page.filter((r) => r.parent === null);
  if (roots.length !== 1) return `a page has exactly one HTML document (found ${roots.length})`;
  for (const r of page) {
    if (r.parent !== null && !names.has(r.parent))
      return `"${r.name}" is referred to by "${r.parent}", which is not requested`;
  }
  const byName = new Map(page.map((r) => [r.name, r]));
  for (const r of page) {
    let p = r.parent;
    for (let depth = 0; p !== null; depth++) {
      if (depth > page.length) return `"${r.name}" is part of a cycle of references`;
      p = byName.get(p)?.parent ?? null;
    }
  }
  return null;
}

/** Load `page` over `link`; deterministic. `serverMs`: time the server needs to build the HTML. */
export function loadPage(
  page: readonly PageRequest[],
  link: LinkSettings,
  serverMs = 0,
): PageLoadResult {
  const problem = checkPage(page);
  if (problem) throw new Error(`Not a valid page: ${problem}`);
  const sim = new Simulation();
  const rng = new Rng(1);
  const spec = checkLink({ latencyMs: link.rttMs / 2, bandwidthMbps: link.bandwidthMbps }, 'link');
  const up = new NetworkLink(spec, rng.fork(), 'up');
  const down = new NetworkLink(spec, rng.fork(), 'down');
  const children = new Map<string, PageRequest[]>();
  for (const r of page) {
    if (r.parent === null) continue;
    const list = children.get(r.parent) ?? [];
    list.push(r);
    children.set(r.parent, list);
  }
  const waiting: { r: PageRequest; discoveredMs: number }[] = [];
  const timings: Timing[] = [];
  let idle = 0;
  let loadMs = 0;
  let bytes = 0;

  const dispatch = () => {
    while (idle > 0 && waiting.length > 0) {
      const { r, discoveredMs } = waiting.shift()!;
      idle--;
      const sentMs = sim.now;
      const atServer = up.send(REQUEST_BYTES, sentMs);
      const think = r.parent === null ? serverMs : 0;
      // The server starts sending when the request has arrived and the response is ready;
      // responses then share the link one after another.
      sim.at(atServer + think, () => {
        const doneMs = down.send(r.bytes, sim.now);
        sim.at(doneMs, () => {
          timings.push({
            name: r.name,
            kind: r.kind,
            bytes: r.bytes,
            discoveredMs,
            sentMs,
            doneMs,
          });
          bytes += r.bytes;
          loadMs = Math.max(loadMs, doneMs);
          idle++;
          for (const child of children.get(r.name) ?? [])
            waiting.push({ r: child, discoveredMs: doneMs });
          dispatch();
        });
      });
    }
  };

  const root = page.find((r) => r.parent === null)!;
  waiting.push({ r: root, discoveredMs: 0 });
  // Every connection is ready after the handshakes; the browser opens them together.
  sim.at(HANDSHAKE_ROUND_TRIPS * link.rttMs, () => {
    idle = Math.max(1, Math.floor(link.connections));
    dispatch();
  });
  sim.runUntil(Infinity);
  timings.sort((a, b) => a.sentMs - b.sentMs || a.doneMs - b.doneMs);
  return { loadMs, requests: timings.length, bytes, timings };
}

/** A page of one HTML document and `assets` files it refers to directly. */
export function flatPage(htmlBytes: number, assetBytes: readonly number[]): PageRequest[] {
  return [
    { name: 'index.html', kind: 'html', bytes: htmlBytes, parent: null },
    ...assetBytes.map((b, i) => ({
      name: `asset-${i + 1}`,
      kind: 'image' as const,
      bytes: b,
      parent: 'index.html',
    })),
  ];
}
