/**
 * @expect fail: Recognises a machine that is short of memory
 * Keeps the starter’s CPU test first, then adds memory: a machine that pages while its CPU is
 * busy is called CPU.
 */
import type { MachineSize, SimResult } from 'archlab';

export type Diagnosis = 'cpu' | 'memory' | 'ok';

/** What the machine ran out of, if anything. */
export function diagnose(result: SimResult, machine: MachineSize): Diagnosis {
  if (result.summary.utilisation >= 0.9) return 'cpu';
  if (Math.max(...result.series.metrics.memoryMb) > machine.memoryMb) return 'memory';
  if ((result.summary.servers[0]?.crashes ?? 0) > 0) return 'memory';
  return 'ok';
}
