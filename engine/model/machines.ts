import { ConfigError } from '../core/errors.ts';

/** One machine size of the vertical-scaling catalogue. */
export interface MachineSize {
  /** Size name, e.g. 'large'. */
  readonly name: string;
  /** CPU cores. */
  readonly cores: number;
  /** RAM, MB. */
  readonly memoryMb: number;
  /** Per-core speed factor (big machines are not faster per core). */
  readonly speed: number;
  /** On-demand price, USD per hour. */
  readonly pricePerHour: number;
}

/**
 * A cloud-like catalogue, smallest to largest. Prices grow faster than capacity (price per core
 * rises from $0.020 to $0.042) and `xxxlarge` is the ceiling: vertical scaling ends there.
 */
export const machineCatalogue: readonly MachineSize[] = [
  { name: 'micro', cores: 1, memoryMb: 1024, speed: 1, pricePerHour: 0.02 },
  { name: 'small', cores: 2, memoryMb: 4096, speed: 1, pricePerHour: 0.045 },
  { name: 'medium', cores: 4, memoryMb: 8192, speed: 1, pricePerHour: 0.1 },
  { name: 'large', cores: 8, memoryMb: 16384, speed: 1, pricePerHour: 0.22 },
  { name: 'xlarge', cores: 16, memoryMb: 32768, speed: 1, pricePerHour: 0.5 },
  { name: 'xxlarge', cores: 32, memoryMb: 65536, speed: 1, pricePerHour: 1.15 },
  { name: 'xxxlarge', cores: 64, memoryMb: 131072, speed: 1, pricePerHour: 2.7 },
];

/** Names of the catalogue sizes, smallest first. */
export const machineSizeNames = machineCatalogue.map((m) => m.name);

/** The largest size: the ceiling of vertical scaling. */
export const largestMachine: MachineSize = machineCatalogue[machineCatalogue.length - 1]!;

/** Look up a size by name; throws `ConfigError` listing the sizes. */
export function machineSize(name: string, field = 'size'): MachineSize {
  const m = machineCatalogue.find((x) => x.name === name);
  if (!m)
    throw new ConfigError(
      field,
      `must be one of ${machineSizeNames.map((n) => `'${n}'`).join(', ')} (the largest is '${largestMachine.name}'), got ${JSON.stringify(name)}`,
    );
  return m;
}

/** The next bigger size, or undefined at the ceiling. */
export function nextMachineSize(name: string): MachineSize | undefined {
  const i = machineCatalogue.findIndex((x) => x.name === name);
  return i >= 0 ? machineCatalogue[i + 1] : undefined;
}
