// A server is slow. Before you pay for a bigger one, find out what it is short of: more cores do
// nothing for an application that runs out of RAM, and more RAM nothing for one short of CPU.
// You get what the monitoring recorded during the incident (an engine run) and the machine.
import type { MachineSize, SimResult } from 'archlab';

export type Diagnosis = 'cpu' | 'memory' | 'ok';

/** What the machine ran out of, if anything. */
export function diagnose(result: SimResult, machine: MachineSize): Diagnosis {
  const server = result.summary.servers[0]!;
  const peakMemoryMb = Math.max(...result.series.metrics.memoryMb);
  // Memory first: swapping makes every request slower, so the CPU looks full too (thrashing),
  // and an out-of-memory kill shows up as crashes rather than as full memory.
  if (peakMemoryMb >= 0.9 * machine.memoryMb || server.crashes > 0) return 'memory';
  // Then the CPU: busy nearly all the time, with requests queueing or refused.
  if (result.summary.utilisation >= 0.9) return 'cpu';
  return 'ok';
}
