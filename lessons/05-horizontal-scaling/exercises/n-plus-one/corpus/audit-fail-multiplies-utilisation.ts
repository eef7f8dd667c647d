/**
 * @expect fail: With one server down
 * Applies the headroom the wrong way round: multiplies the work by the target instead of
 * dividing the capacity by it, so the fleet gets smaller as the target gets stricter.
 */
export function serversNeeded(
  peakRatePerSec: number,
  cpuMs: number,
  coresPerServer: number,
  maxUtilisation: number,
): number {
  const busyCores = (peakRatePerSec * cpuMs) / 1000;
  return Math.ceil((busyCores * maxUtilisation) / coresPerServer) + 1;
}
