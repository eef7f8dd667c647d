/**
 * @expect fail: Does not cry wolf
 * Calls a CPU that is half busy a CPU shortage: a healthy machine at 50 % has headroom.
 */
import type { MachineSize, SimResult } from 'archlab';

export type Diagnosis = 'cpu' | 'memory' | 'ok';

export function diagnose(result: SimResult, machine: MachineSize): Diagnosis {
  const s = result.summary;
  const peak = Math.max(...result.series.metrics.memoryMb);
  if (peak > machine.memoryMb || s.servers[0]!.crashes > 0) return 'memory';
  if (s.utilisation >= 0.5) return 'cpu';
  return 'ok';
}
