/**
 * Every lesson simulation, found by file convention and loaded on demand (one chunk each):
 * `lessons/NN-chapter/simulations/<name>.ts` is the simulation `chapter/name`.
 */
import { simulationIdFromPath, simulationPathHint, type AnySimulation } from './define.ts';

const loaders = import.meta.glob<{ default: AnySimulation }>('/lessons/*/simulations/*.ts');

const byId = new Map<string, () => Promise<{ default: AnySimulation }>>(
  Object.entries(loaders).map(([path, load]) => [simulationIdFromPath(path), load]),
);

/** Ids of every simulation in the course. */
export function simulationIds(): string[] {
  return [...byId.keys()].sort();
}

/** Load one simulation's definition; rejects naming the expected file when the id is unknown. */
export async function loadSimulation(id: string): Promise<AnySimulation> {
  const load = byId.get(id);
  if (!load) {
    throw new Error(
      `No simulation "${id}": expected a file ${simulationPathHint(id)} exporting default defineSimulation({...}).`,
    );
  }
  const mod = await load();
  return mod.default;
}
