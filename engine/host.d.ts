/**
 * The few host globals the engine may use: ones that Node, Workers and every browser all provide.
 * engine/tsconfig.json has no DOM and no Node types, so anything else fails `npm run typecheck`.
 */
declare function structuredClone<T>(value: T): T;
