/**
 * The TypeScript settings of the exercise editor, in one place so a Node test type-checks every
 * starter and solution with exactly what Monaco's TypeScript worker is given
 * (tests/unit/editor-types.test.ts), and the editor never marks working code as wrong.
 */

/**
 * Standard library files, by file name. Monaco hands these options to TypeScript's language
 * service as they are, and the service reads `lib` as file names: a tsconfig-style `es2023` named
 * no file at all, so the editor had no standard library and underlined `Record`, `Math` and
 * `Promise` as unknown (issue 16). The sandbox is a Worker: ES2023 plus the Worker globals.
 */
export const EDITOR_LIBS = ['lib.es2023.d.ts', 'lib.webworker.d.ts'] as const;

/**
 * Compiler options for the editor's TypeScript worker. Numbers, not Monaco's enums, so Node can
 * read them without loading Monaco: ESNext target and modules (99), Node-style module resolution
 * (2), which finds `archlab` in the editor's in-memory node_modules.
 */
export const EDITOR_COMPILER_OPTIONS = {
  target: 99,
  module: 99,
  moduleResolution: 2,
  strict: true,
  noEmit: true,
  allowImportingTsExtensions: true,
  isolatedModules: true,
  lib: [...EDITOR_LIBS],
};
