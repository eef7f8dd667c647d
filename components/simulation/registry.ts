/**
 * Every lesson simulation, as the course registry discovers them (one chunk each, on demand):
 * `lessons/NN-chapter/simulations/<name>.ts` is the simulation `chapter/name`.
 */
import { loadSimulation as loadFromCourse, simulationIds } from '../../course/registry.ts';
import { unwrap } from '../../course/result.ts';
import type { AnySimulation } from './define.ts';

/** Ids of every simulation in the course. */
export { simulationIds };

/** Load one simulation's definition; rejects naming the expected file when the id is unknown. */
export async function loadSimulation(id: string): Promise<AnySimulation> {
  return unwrap(await loadFromCourse(id));
}
