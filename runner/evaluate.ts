/**
 * Evaluate the CommonJS output of esbuild for a learner's file and return its exports. The learner
 * may import only the engine (`archlab`); anything else is refused with a message that says so.
 * Used by the sandbox Worker and by the unit tests, so both run learner code the same way.
 */

/** The file name learner code runs under; stack frames name it, so errors map back to the editor. */
export const LEARNER_FILE = 'exercise.ts.js';

/** Thrown when learner code imports a module it may not use. */
export class ImportRefused extends Error {
  override name = 'ImportRefused';
}

/** What learner code may import, by module name. */
export type ModuleTable = Readonly<Record<string, unknown>>;

/**
 * Run compiled learner code and return its `module.exports`.
 * `consoleImpl` replaces `console` inside the learner's code.
 */
export function evaluateLearnerModule(
  code: string,
  modules: ModuleTable,
  consoleImpl: unknown,
): unknown {
  const module = { exports: {} as unknown };
  const require = (name: string): unknown => {
    if (Object.prototype.hasOwnProperty.call(modules, name)) return modules[name];
    throw new ImportRefused(
      `Cannot import "${name}": exercises may import only ${Object.keys(modules)
        .map((m) => `"${m}"`)
        .join(', ')}.`,
    );
  };
  // The sourceURL names the code in stack traces; the Function wrapper adds a fixed number of lines
  // above it, which `learnerLineOffset()` measures instead of assuming. Strict mode, as in ES
  // modules: assigning to a frozen intrinsic throws instead of failing silently; it shares the
  // first line so line numbers stay those of the compiled code.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating learner code is the point
  const run = new Function(
    'exports',
    'require',
    'module',
    'console',
    `'use strict';${code}\n//# sourceURL=${LEARNER_FILE}`,
  ) as (
    exports: unknown,
    require: (name: string) => unknown,
    module: { exports: unknown },
    console: unknown,
  ) => void;
  run(module.exports, require, module, consoleImpl);
  return module.exports;
}

let lineOffset: number | undefined;

/** How many lines the Function wrapper adds before learner code, measured once in this engine. */
export function learnerLineOffset(): number {
  if (lineOffset !== undefined) return lineOffset;
  lineOffset = 0;
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- measuring the wrapper's header
    const probe = new Function(
      'a',
      'b',
      'c',
      'd',
      `throw new Error('probe')\n//# sourceURL=${LEARNER_FILE}`,
    ) as () => void;
    probe();
  } catch (err) {
    const pos = positionInLearnerFile(err);
    if (pos) lineOffset = pos.line - 1;
  }
  return lineOffset;
}

/** The first stack frame in the learner's file, as 1-based line and column of the generated code. */
export function positionInLearnerFile(err: unknown): { line: number; column: number } | undefined {
  let stack: unknown;
  try {
    stack = (err as { stack?: unknown } | null)?.stack;
  } catch {
    return undefined;
  }
  if (typeof stack !== 'string') return undefined;
  const escaped = LEARNER_FILE.replace(/\./g, '\\.');
  const m = new RegExp(`${escaped}:(\\d+):(\\d+)`).exec(stack);
  if (!m?.[1] || !m[2]) return undefined;
  return { line: Number(m[1]), column: Number(m[2]) };
}
