/**
 * @expect fail: Does not cry wolf
 * Treats RAM 85 % full as a memory problem: a machine whose memory is high but fits is called
 * short of memory.
 */
import type { MachineSize, SimResult } from 'archlab';

export type Diagnosis = 'cpu' | 'memory' | 'ok';

/** What the machine ran out of, if anything. */
export function diagnose(result: SimResult, machine: MachineSize): Diagnosis {
  const peak = Math.max(...result.series.metrics.memoryMb);
  if ((result.summary.servers[0]?.crashes ?? 0) > 0) return 'memory';
  if (peak > 0.85 * machine.memoryMb) return 'memory';
  if (result.summary.utilisation >= 0.9) return 'cpu';
  return 'ok';
}
