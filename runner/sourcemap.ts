/** Map a position in esbuild's output back to the learner's TypeScript, via its source map. */
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import type { SourcePosition } from 'archlab';

/**
 * `generated` is 1-based line and 1-based column in the compiled code (as stack traces give them).
 * Returns the learner's 1-based line and column, or undefined when the map has no answer.
 */
export function originalPosition(
  mapJson: string,
  generated: SourcePosition,
): SourcePosition | undefined {
  try {
    const map = new TraceMap(mapJson);
    const pos = originalPositionFor(map, {
      line: generated.line,
      column: Math.max(0, generated.column - 1),
    });
    if (pos.line === null) return undefined;
    return { line: pos.line, column: pos.column + 1 };
  } catch {
    return undefined;
  }
}
