/**
 * @expect pass
 * Counts waves with a loop that takes up to `connections` files at a time; transfer in seconds then × 1000.
 */
export interface Link {
  rttMs: number;
  bandwidthMbps: number;
  connections: number;
}

export function transferMs(bytes: number, bandwidthMbps: number): number {
  const seconds = (bytes * 8) / (bandwidthMbps * 1e6);
  return seconds * 1000;
}

export function roundTrips(files: number, connections: number): number {
  let left = files;
  let waves = 0;
  while (left > 0) {
    left -= Math.min(connections, left);
    waves++;
  }
  return 3 + waves;
}

export function loadTimeMs(htmlBytes: number, fileBytes: number[], link: Link): number {
  const bytes = htmlBytes + fileBytes.reduce((sum, b) => sum + b, 0);
  return (
    roundTrips(fileBytes.length, link.connections) * link.rttMs +
    transferMs(bytes, link.bandwidthMbps)
  );
}
