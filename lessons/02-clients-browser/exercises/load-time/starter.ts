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
  // TODO: mind the units: bytes vs bits, megabits per second vs milliseconds.
  return bytes / bandwidthMbps;
}

/**
 * Round trips to load a page of one HTML document and `files` files it refers to: opening the
 * connections (TCP, then TLS), fetching the HTML, then the files, `connections` at a time.
 */
export function roundTrips(files: number, connections: number): number {
  // TODO: this counts one round trip per file, as if the browser fetched them one by one, and
  // forgets the handshakes and the HTML itself.
  return files;
}

/** Estimated load time: round trips × RTT, plus the time the bytes take to flow. */
export function loadTimeMs(htmlBytes: number, fileBytes: number[], link: Link): number {
  const bytes = htmlBytes + fileBytes.reduce((sum, b) => sum + b, 0);
  return (
    roundTrips(fileBytes.length, link.connections) * link.rttMs +
    transferMs(bytes, link.bandwidthMbps)
  );
}
