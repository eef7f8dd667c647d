// How long does a page take to load? The browser first opens connections to the server (TCP and
// TLS handshakes), then asks for the HTML, then for the files the HTML refers to, several at a
// time. Estimate it from the link and the sizes; the checks compare you with the simulation.

export interface Link {
  /** Round-trip time: a message to the server and the answer back, ms. */
  rttMs: number;
  /** Bandwidth, megabits per second (1 megabit = 1,000,000 bits; 1 byte = 8 bits). */
  bandwidthMbps: number;
  /** Requests the browser can have in flight at once (one per connection). */
  connections: number;
}

/** Time to push `bytes` through the link once they flow, ms. */
export function transferMs(bytes: number, bandwidthMbps: number): number {
  const bits = bytes * 8;
  const bitsPerMs = (bandwidthMbps * 1_000_000) / 1000;
  return bits / bitsPerMs;
}

/**
 * Round trips to load a page of one HTML document and `files` files it refers to: opening the
 * connections (TCP, then TLS), fetching the HTML, then the files, `connections` at a time.
 */
export function roundTrips(files: number, connections: number): number {
  const handshakes = 2; // TCP, then TLS 1.3
  const html = 1;
  // The files go out in waves of `connections` requests; each wave costs a round trip.
  const waves = Math.ceil(files / connections);
  return handshakes + html + waves;
}

/** Estimated load time: round trips × RTT, plus the time the bytes take to flow. */
export function loadTimeMs(htmlBytes: number, fileBytes: number[], link: Link): number {
  const bytes = htmlBytes + fileBytes.reduce((sum, b) => sum + b, 0);
  return (
    roundTrips(fileBytes.length, link.connections) * link.rttMs +
    transferMs(bytes, link.bandwidthMbps)
  );
}
