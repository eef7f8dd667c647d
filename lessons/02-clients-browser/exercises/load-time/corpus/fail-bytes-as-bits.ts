/**
 * @expect fail: transferMs()
 * Divides bytes by bits per millisecond, forgetting that a byte is 8 bits.
 */
export interface Link {
  rttMs: number;
  bandwidthMbps: number;
  connections: number;
}

export function transferMs(bytes: number, bandwidthMbps: number): number {
  return bytes / (bandwidthMbps * 1000);
}

export function roundTrips(files: number, connections: number): number {
  return 3 + Math.ceil(files / connections);
}

export function loadTimeMs(htmlBytes: number, fileBytes: number[], link: Link): number {
  const bytes = htmlBytes + fileBytes.reduce((sum, b) => sum + b, 0);
  return (
    roundTrips(fileBytes.length, link.connections) * link.rttMs +
    transferMs(bytes, link.bandwidthMbps)
  );
}
