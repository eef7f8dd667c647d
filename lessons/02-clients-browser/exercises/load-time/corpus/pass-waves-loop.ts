/**
 * @expect pass
 * Counts the waves with a loop that takes up to `connections` files at a time, and converts
 * bandwidth to bytes per millisecond first (Mbit/s ÷ 8 × 1000).
 */
export interface Link {
  rttMs: number;
  bandwidthMbps: number;
  connections: number;
}

export function transferMs(bytes: number, bandwidthMbps: number): number {
  const bytesPerMs = (bandwidthMbps / 8) * 1000;
  return bytes / bytesPerMs;
}

export function roundTrips(files: number, connections: number): number {
  let trips = 3; // TCP, TLS, the HTML
  let left = files;
  while (left > 0) {
    left -= connections;
    trips++;
  }
  return trips;
}

export function loadTimeMs(htmlBytes: number, fileBytes: number[], link: Link): number {
  let total = htmlBytes;
  for (const b of fileBytes) total += b;
  return (
    roundTrips(fileBytes.length, link.connections) * link.rttMs +
    transferMs(total, link.bandwidthMbps)
  );
}
