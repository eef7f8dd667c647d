/**
 * @expect fail: roundTrips() matches the simulated browser
 * Rounds the waves to the nearest whole number: a last wave less than half full is forgotten.
 */
export interface Link {
  rttMs: number;
  bandwidthMbps: number;
  connections: number;
}

export function transferMs(bytes: number, bandwidthMbps: number): number {
  return (bytes * 8) / (bandwidthMbps * 1000);
}

export function roundTrips(files: number, connections: number): number {
  return 3 + Math.round(files / connections);
}

export function loadTimeMs(htmlBytes: number, fileBytes: number[], link: Link): number {
  const bytes = htmlBytes + fileBytes.reduce((sum, b) => sum + b, 0);
  return (
    roundTrips(fileBytes.length, link.connections) * link.rttMs +
    transferMs(bytes, link.bandwidthMbps)
  );
}
