/**
 * Checks on the learner's source before it is compiled: an empty editor or a pasted file far
 * larger than any exercise needs gets a clear message instead of a confusing compiler result.
 */
import type { RunError } from 'archlab';

/** Sources longer than this (in UTF-16 characters) are refused before compiling. */
export const MAX_SOURCE_CHARS = 2_000_000;

/** Whitespace, line breaks and a byte-order mark count as empty. */
const BLANK = /^[\s\uFEFF]*$/;

/** Why this source cannot be run as it is, or undefined when it can. */
export function sourceProblem(source: string): RunError | undefined {
  if (BLANK.test(source)) {
    return {
      kind: 'syntax',
      message:
        'The editor is empty — write your solution, or press Reset to get the starter code back.',
    };
  }
  if (source.length > MAX_SOURCE_CHARS) {
    const megabytes = (source.length / 1_000_000).toFixed(1);
    return {
      kind: 'syntax',
      message: `Your code is ${megabytes} million characters long; exercises accept at most ${MAX_SOURCE_CHARS / 1_000_000} million. Remove the pasted bulk and run again.`,
    };
  }
  return undefined;
}
