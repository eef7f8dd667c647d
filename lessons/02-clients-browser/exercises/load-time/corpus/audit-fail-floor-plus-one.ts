/**
 * @expect fail: roundTrips() matches the simulated browser
 * Counts waves as floor(files / connections) + 1: one too many when the files fill the last wave exactly, and for a page with no files.
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
  return 3 + Math.floor(files / connections) + 1;
}

export function loadTimeMs(htmlBytes: number, fileBytes: number[], link: Link): number {
  const bytes = htmlBytes + fileBytes.reduce((sum, b) => sum + b, 0);
  return (
    roundTrips(fileBytes.length, link.connections) * link.rttMs +
    transferMs(bytes, link.bandwidthMbps)
  );
}
