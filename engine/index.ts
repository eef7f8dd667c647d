/**
 * The engine's public API: what lessons, exercises, checks and learners import as `archlab`.
 * Everything exported here is documented, because the same declarations feed Monaco's completion.
 */
export * from './exercise/index.ts';
