/**
 * Recognise the two failures a learner meets without meaning to: a recursion that never stops
 * and an allocation that never stops. V8 reports both as a RangeError whose wording means little
 * to a beginner, so the runner names them in plain words instead.
 */

/** What kind of failure a thrown value is, as far as the learner should care. */
export type ThrownKind = 'recursion' | 'memory' | 'other';

const RECURSION = /maximum call stack size exceeded|too much recursion/i;
// V8: growing an array or string past its limit, or a buffer the allocator refuses.
const MEMORY =
  /invalid (array|string|typed array) length|array buffer allocation failed|allocation failed|out of memory/i;

/** Classify a thrown value without ever throwing (it may be a hostile object). */
export function classifyThrown(err: unknown): ThrownKind {
  let message: unknown;
  try {
    if (!(err instanceof RangeError)) return 'other';
    message = err.message;
  } catch {
    return 'other';
  }
  return typeof message === 'string' ? classifyMessage(message) : 'other';
}

/** Classify an error's text, e.g. an uncaught error event's message from the Worker. */
export function classifyMessage(message: string): ThrownKind {
  if (RECURSION.test(message)) return 'recursion';
  if (MEMORY.test(message)) return 'memory';
  return 'other';
}

/** The plain-language explanation for a recursion or memory failure; `where` is e.g. " (line 3)". */
export function explainThrown(kind: Exclude<ThrownKind, 'other'>, where: string): string {
  return kind === 'recursion'
    ? `Too much recursion${where}: a function kept calling itself until the call stack ran out (stack overflow). Make sure every call moves towards a case that returns without calling again.`
    : `Your code used too much memory and was stopped${where}: an array or string grew past what the browser allows. Is a loop adding to it without end?`;
}
