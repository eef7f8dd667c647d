/**
 * @expect fail: Recognises a machine that is short of memory
 * Adds iowait to the CPU figure (as if waiting on disk were CPU work) and checks the CPU first.
 */
import type { MachineSize, SimResult } from 'archlab';

export type Diagnosis = 'cpu' | 'memory' | 'ok';

export function diagnose(result: SimResult, machine: MachineSize): Diagnosis {
  const s = result.summary;
  if (s.utilisation + s.ioWait >= 0.9) return 'cpu';
  const peak = Math.max(...result.series.metrics.memoryMb);
  if (peak > machine.memoryMb || s.servers[0]!.crashes > 0) return 'memory';
  return 'ok';
}
