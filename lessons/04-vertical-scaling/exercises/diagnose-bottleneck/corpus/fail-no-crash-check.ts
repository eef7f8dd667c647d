/**
 * @expect fail: Recognises a machine that is short of memory
 * Looks only at memory in use; an out-of-memory kill empties memory, so the killed machine looks
 * fine.
 */
import type { MachineSize, SimResult } from 'archlab';

export type Diagnosis = 'cpu' | 'memory' | 'ok';

export function diagnose(result: SimResult, machine: MachineSize): Diagnosis {
  const peak = Math.max(...result.series.metrics.memoryMb);
  if (peak > machine.memoryMb) return 'memory';
  if (result.summary.utilisation >= 0.9) return 'cpu';
  return 'ok';
}
