/**
 * @expect fail: Written by you
 * Re-exports the engine's own round robin instead of writing one.
 */
export { roundRobin } from 'archlab';
