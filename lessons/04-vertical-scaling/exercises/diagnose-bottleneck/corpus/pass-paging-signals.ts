/**
 * @expect pass
 * Reads the operator's signals: major page faults or an out-of-memory crash mean memory; then a
 * CPU busy 85 % of the time or more means CPU.
 */
import type { SimResult } from 'archlab';

export type Diagnosis = 'cpu' | 'memory' | 'ok';

export function diagnose(result: SimResult): Diagnosis {
  const s = result.summary;
  if (s.majorFaultsPerSec > 0 || s.servers[0]!.crashes > 0) return 'memory';
  if (s.utilisation >= 0.85) return 'cpu';
  return 'ok';
}
