export {
  defineChecks,
  fail,
  expectTrue,
  expectClose,
  expectEqual,
  describe,
  CheckFailure,
  isCheckFailure,
} from './define.ts';
export type { CheckContext, CheckFn, CheckSpec, ExerciseChecks } from './define.ts';
export { runChecks, errorText } from './harness.ts';
export type { HarnessOutcome } from './harness.ts';
export type * from './types.ts';
