/**
 * @expect fail: Written by you
 * Re-exports the engine's own LRU instead of writing one.
 */
export { lruVictim as victim } from 'archlab';
