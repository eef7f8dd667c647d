/**
 * @expect fail: Written by you
 * Re-exports the engine's own least connections instead of writing one.
 */
import { leastConnections as builtIn } from 'archlab';

export const leastConnections = builtIn;
