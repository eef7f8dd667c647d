/**
 * @expect fail: Does not cry wolf
 * Judges by latency: a p95 above 200 ms means the CPU is short, memory is checked only for kills.
 */
import type { MachineSize, SimResult } from 'archlab';

export type Diagnosis = 'cpu' | 'memory' | 'ok';

/** What the machine ran out of, if anything. */
export function diagnose(result: SimResult, machine: MachineSize): Diagnosis {
  void machine;
  if ((result.summary.servers[0]?.crashes ?? 0) > 0) return 'memory';
  if (result.summary.latencyMs.p95 > 200) return 'cpu';
  return 'ok';
}
