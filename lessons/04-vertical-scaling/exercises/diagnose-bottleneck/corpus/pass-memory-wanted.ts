/**
 * @expect pass
 * Compares each second of memory wanted with the RAM, counts restarts, and only then looks at
 * the CPU of the busiest second.
 */
import type { MachineSize, SimResult } from 'archlab';

export type Diagnosis = 'cpu' | 'memory' | 'ok';

export function diagnose(result: SimResult, machine: MachineSize): Diagnosis {
  const m = result.series.metrics;
  const overRam = m.memoryMb.some((mb) => mb > machine.memoryMb);
  if (overRam || result.summary.servers.some((s) => s.crashes > 0)) return 'memory';
  const busiest = Math.max(...m.utilisation);
  return busiest >= 0.95 && result.summary.utilisation > 0.8 ? 'cpu' : 'ok';
}
