/**
 * @expect fail: Written by you
 * Re-exports one of the engine's built-in strategies instead of writing one.
 */
export { peakEwma as fastest } from 'archlab';
