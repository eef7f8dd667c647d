/**
 * The exercise session in Node: every transition that only the browser tests reached before
 * (tests/e2e/learner-work, share, runner, bad-code), with a fake view, store and runner.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunResult } from 'archlab';
import { hashText, type SavedCode } from '../../components/exercise/codeStore.ts';
import {
  AUTOSAVE_DELAY_MS,
  ExerciseSession,
  isExerciseAction,
  runStatus,
  type ExerciseSessionView,
} from '../../components/exercise/session.ts';
import { HintSequence } from '../../components/exercise/features/hints.ts';

const STARTER = 'export function handle() {\n  // TODO\n}\n';
const MINE = `${STARTER}// mine\n`;
const SHARED = `${STARTER}// shared\n`;

/** Everything the session asked of the page, in order. */
type Call = [keyof ExerciseSessionView, ...unknown[]];

function fakeView(calls: Call[]): ExerciseSessionView {
  const record =
    (name: keyof ExerciseSessionView) =>
    (...args: unknown[]) =>
      void calls.push([name, ...args]);
  return {
    showCode: record('showCode'),
    clearMarks: record('clearMarks'),
    clearResults: record('clearResults'),
    setStatus: record('setStatus'),
    setShared: record('setShared'),
    showNewStarter: record('showNewStarter'),
    forgetSharedLink: record('forgetSharedLink'),
    reveal: record('reveal'),
    focusEditor: record('focusEditor'),
    setBusy: record('setBusy'),
    showResult: (_result, outcome, runs) => void calls.push(['showResult', outcome, runs]),
  };
}

function result(passed: boolean[], error?: RunResult['error']): RunResult {
  return {
    checks: passed.map((p, i) => ({ name: `check ${i + 1}`, passed: p, message: p ? '' : 'no' })),
    console: [],
    consoleHidden: 0,
    series: [],
    durationMs: 5,
    ...(error ? { error } : {}),
  };
}

interface Setup {
  saved?: SavedCode;
  refuseSave?: boolean;
  confirm?: boolean;
  runResult?: RunResult;
}

function setUp(options: Setup = {}) {
  const calls: Call[] = [];
  const store = {
    value: options.saved,
    writes: 0,
    refuse: options.refuseSave ?? false,
  };
  const questions: string[] = [];
  const runs: string[] = [];
  const passes: number[] = [];
  let finishRun: ((r: RunResult) => void) | undefined;
  const session = new ExerciseSession({
    title: 'Route requests',
    starter: STARTER,
    store: {
      load: () => store.value,
      save: (code) => {
        store.writes++;
        if (store.refuse) return false;
        store.value = { code, savedAt: Date.now(), starterHash: hashText(STARTER) };
        return true;
      },
      clear: () => {
        store.writes++;
        store.value = undefined;
      },
    },
    view: fakeView(calls),
    run: (source) => {
      runs.push(source);
      if (options.runResult) return Promise.resolve(options.runResult);
      return new Promise((resolve) => (finishRun = resolve));
    },
    confirm: (question) => {
      questions.push(question);
      return options.confirm ?? true;
    },
    markPassed: () => void passes.push(Date.now()),
  });
  const statuses = () => calls.filter((c) => c[0] === 'setStatus').map((c) => c[1]);
  const named = (name: keyof ExerciseSessionView) => calls.filter((c) => c[0] === name);
  return {
    session,
    calls,
    store,
    questions,
    runs,
    passes,
    statuses,
    named,
    finish: (r: RunResult) => finishRun?.(r),
  };
}

const savedMine: SavedCode = { code: MINE, savedAt: 1, starterHash: hashText(STARTER) };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('typed actions', () => {
  it('accepts exactly the toolbar actions of the markup', () => {
    for (const a of ['run', 'reset', 'hint', 'solution', 'share', 'own-code', 'keep-shared'])
      expect(isExerciseAction(a)).toBe(true);
    expect(isExerciseAction('compare')).toBe(true);
    expect(isExerciseAction('delete-everything')).toBe(false);
    expect(isExerciseAction(undefined)).toBe(false);
  });
});

describe('own code and autosave', () => {
  it('starts from the saved code, or the starter', () => {
    expect(setUp({ saved: savedMine }).session.code).toBe(MINE);
    expect(setUp().session.code).toBe(STARTER);
  });

  it('saves typing once it settles, only the last of several edits (runner: code survives a reload)', () => {
    const { session, store } = setUp();
    session.edit(`${STARTER}// a`);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    session.edit(`${STARTER}// ab`);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    expect(store.writes).toBe(0);
    expect(session.savePending).toBe(true);
    vi.advanceTimersByTime(1);
    expect(store.writes).toBe(1);
    expect(store.value?.code).toBe(`${STARTER}// ab`);
    expect(store.value?.starterHash).toBe(hashText(STARTER));
  });

  it('code edited back to the starter is forgotten, not saved', () => {
    const { session, store } = setUp({ saved: savedMine });
    session.edit(STARTER);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(store.value).toBeUndefined();
  });

  it('flushSave (tab hidden or closed, Reload in the new-version notice) saves at once', () => {
    const { session, store } = setUp();
    expect(session.flushSave()).toBe(true);
    expect(store.writes).toBe(0);
    session.edit(MINE);
    expect(session.flushSave()).toBe(true);
    expect(store.value?.code).toBe(MINE);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(store.writes).toBe(1);
  });

  it('storage full: says the code could not be saved (learner-work: storage full)', () => {
    const { session, statuses } = setUp({ refuseSave: true });
    session.edit(MINE);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(statuses()).toEqual(['Your code could not be saved in this browser.']);
    expect(session.flushSave()).toBe(true);
  });
});

describe('another tab', () => {
  it('shows the newer code silently, drops unsaved keystrokes and says so (learner-work: two tabs)', () => {
    const { session, store, named, statuses } = setUp({ saved: savedMine });
    session.edit(`${MINE}// typing here`);
    store.value = { code: `${MINE}// from tab A`, savedAt: 2, starterHash: hashText(STARTER) };
    session.adoptOtherTab();
    expect(session.code).toBe(`${MINE}// from tab A`);
    expect(named('showCode')).toEqual([['showCode', `${MINE}// from tab A`]]);
    expect(statuses()).toEqual([
      'This exercise was edited in another tab; showing the newer code.',
    ]);
    // Our keystrokes are not saved over the newer code later.
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    expect(store.writes).toBe(0);
    expect(session.savePending).toBe(false);
  });

  it('does nothing when the other tab saved the code shown here', () => {
    const { session, calls } = setUp({ saved: savedMine });
    session.adoptOtherTab();
    expect(calls).toEqual([]);
  });

  it('the other tab reset the exercise: the starter comes back', () => {
    const { session, store } = setUp({ saved: savedMine });
    store.value = undefined;
    session.adoptOtherTab();
    expect(session.code).toBe(STARTER);
  });

  it('while a shared run is shown, the newer save waits for "Back to my code"', () => {
    const { session, store, named } = setUp({ saved: savedMine });
    session.openShared(SHARED);
    store.value = { code: `${MINE}// newer`, savedAt: 2, starterHash: hashText(STARTER) };
    session.adoptOtherTab();
    expect(session.code).toBe(SHARED);
    session.backToOwnCode();
    expect(session.code).toBe(`${MINE}// newer`);
    expect(named('showCode').at(-1)).toEqual(['showCode', `${MINE}// newer`]);
  });
});

describe('a changed starter', () => {
  it('keeps saved code begun from another starter and shows the new starter (learner-work)', () => {
    const { session, statuses, named } = setUp({
      saved: { code: MINE, savedAt: 1, starterHash: 'an-older-starter' },
    });
    expect(session.noticeChangedStarter()).toBe(true);
    expect(session.code).toBe(MINE);
    expect(statuses()[0]).toContain('starter code changed');
    expect(named('showNewStarter')).toEqual([['showNewStarter', STARTER]]);
  });

  it('says nothing for code begun from this starter, or no saved code', () => {
    expect(setUp({ saved: savedMine }).session.noticeChangedStarter()).toBe(false);
    expect(setUp().session.noticeChangedStarter()).toBe(false);
  });
});

describe('reset', () => {
  it('asks first; declined, nothing changes', async () => {
    const { session, questions, calls, store } = setUp({ saved: savedMine, confirm: false });
    await session.reset();
    expect(questions).toEqual([
      'Reset “Route requests” to the starter code? Your changes will be lost.',
    ]);
    expect(calls).toEqual([]);
    expect(store.value?.code).toBe(MINE);
  });

  it('confirmed: the starter, storage cleared, pending edits dropped, marks and results cleared', async () => {
    const { session, store, calls } = setUp({ saved: savedMine });
    session.edit(`${MINE}// unsaved`);
    await session.reset();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(session.code).toBe(STARTER);
    expect(store.value).toBeUndefined();
    expect(calls.map((c) => c[0])).toEqual(['showCode', 'clearMarks', 'clearResults', 'setStatus']);
    expect(calls.at(-1)).toEqual(['setStatus', 'Reset to the starter code.']);
  });

  it('asks before the editor is ready, and resets once it is', async () => {
    const calls: string[] = [];
    let editorReady: () => void = () => undefined;
    const session = new ExerciseSession({
      title: 'T',
      starter: STARTER,
      store: { load: () => savedMine, save: () => true, clear: () => void calls.push('clear') },
      view: { ...fakeView([]), showCode: () => void calls.push('showCode') },
      run: () => Promise.reject(new Error('not run')),
      confirm: () => (calls.push('confirm'), true),
      markPassed: () => undefined,
      editorReady: () => new Promise<void>((resolve) => (editorReady = resolve)),
    });
    const done = session.reset();
    expect(calls).toEqual(['confirm']);
    editorReady();
    await done;
    expect(calls).toEqual(['confirm', 'showCode', 'clear']);
  });

  it('from a shared run: leaves it too', async () => {
    const { session, named } = setUp({ saved: savedMine });
    session.openShared(SHARED);
    await session.reset();
    expect(session.owner).toEqual({ kind: 'own' });
    expect(named('setShared').at(-1)).toEqual(['setShared', false]);
  });
});

describe('a shared run (share.spec)', () => {
  it('is shown without running, scrolled to and focused; the learner’s pending edit is saved first', () => {
    const { session, store, named, statuses, runs } = setUp({ saved: savedMine });
    session.edit(`${MINE}// pending`);
    session.openShared(SHARED);
    expect(store.value?.code).toBe(`${MINE}// pending`);
    expect(session.code).toBe(SHARED);
    expect(session.owner).toEqual({ kind: 'shared', own: `${MINE}// pending` });
    expect(named('setShared')).toEqual([['setShared', true]]);
    expect(named('reveal')).toHaveLength(1);
    expect(named('focusEditor')).toHaveLength(1);
    expect(statuses()).toEqual(['Shared code loaded. Press Run to reproduce the run.']);
    expect(runs).toEqual([]);
  });

  it('edits to the shared code never touch the learner’s saved code', () => {
    const { session, store } = setUp({ saved: savedMine });
    session.openShared(SHARED);
    session.edit(`${SHARED}// edited`);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    session.flushSave();
    expect(store.value).toEqual(savedMine);
    expect(store.writes).toBe(0);
  });

  it('a second link keeps the learner’s own code aside, not the first shared code', () => {
    const { session } = setUp({ saved: savedMine });
    session.openShared(SHARED);
    session.openShared(`${SHARED}// second`);
    expect(session.owner).toEqual({ kind: 'shared', own: MINE });
  });

  it('Run reproduces it; passing does not mark the exercise done for the visitor', async () => {
    const { session, runs, passes, named } = setUp({
      saved: savedMine,
      runResult: result([true, true]),
    });
    session.openShared(SHARED);
    await session.run();
    expect(runs).toEqual([SHARED]);
    expect(passes).toEqual([]);
    expect(named('showResult')).toEqual([['showResult', 'passed', 1]]);
  });

  it('"Back to my code": own code, results cleared, link forgotten', () => {
    const { session, calls, statuses } = setUp({ saved: savedMine });
    session.openShared(SHARED);
    calls.length = 0;
    session.backToOwnCode();
    expect(session.code).toBe(MINE);
    expect(calls.map((c) => c[0])).toEqual([
      'setShared',
      'showCode',
      'clearMarks',
      'clearResults',
      'forgetSharedLink',
      'setStatus',
      'focusEditor',
    ]);
    expect(statuses()).toEqual(['Back to your own code.']);
  });

  it('"Back to my code" and "Keep this code" do nothing on the learner’s own code', () => {
    const { session, calls } = setUp({ saved: savedMine });
    session.backToOwnCode();
    session.keepShared();
    expect(calls).toEqual([]);
  });

  it('"Keep this code" asks before replacing the learner’s code; declined, the shared run stays', () => {
    const { session, questions, store } = setUp({ saved: savedMine, confirm: false });
    session.openShared(SHARED);
    session.keepShared();
    expect(questions).toEqual([
      'Keep the shared code as your code for “Route requests”? Your own code for it will be replaced.',
    ]);
    expect(session.owner.kind).toBe('shared');
    expect(store.value).toEqual(savedMine);
  });

  it('"Keep this code" accepted: the shared code with its edits is saved as the learner’s', () => {
    const { session, store, statuses, named } = setUp({ saved: savedMine });
    session.openShared(SHARED);
    session.edit(`${SHARED}// kept`);
    session.keepShared();
    expect(store.value?.code).toBe(`${SHARED}// kept`);
    expect(session.owner).toEqual({ kind: 'own' });
    expect(named('forgetSharedLink')).toHaveLength(1);
    expect(statuses().at(-1)).toBe('The shared code is now yours, saved like your own work.');
    // From now on, edits are the learner's and saved.
    session.edit(`${SHARED}// kept, then edited`);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(store.value?.code).toBe(`${SHARED}// kept, then edited`);
  });

  it('"Keep this code" over the untouched starter needs no confirmation', () => {
    const { session, questions, store } = setUp({ confirm: false });
    session.openShared(SHARED);
    session.keepShared();
    expect(questions).toEqual([]);
    expect(store.value?.code).toBe(SHARED);
  });

  it('"Keep this code" that the browser cannot save says so instead of claiming success', () => {
    const { session, statuses } = setUp({ refuseSave: true });
    session.openShared(SHARED);
    session.keepShared();
    expect(statuses().at(-1)).toBe('Your code could not be saved in this browser.');
  });
});

describe('runs', () => {
  it('saves pending edits first, runs the code shown, counts runs, marks a pass', async () => {
    const { session, store, runs, passes, named, statuses } = setUp({
      runResult: result([true, true, true]),
    });
    session.edit(MINE);
    await session.run();
    expect(store.value?.code).toBe(MINE);
    expect(runs).toEqual([MINE]);
    expect(passes).toHaveLength(1);
    expect(named('setBusy')).toEqual([
      ['setBusy', true],
      ['setBusy', false],
    ]);
    expect(statuses()).toEqual(['Running…', 'All checks passed.']);
    await session.run();
    expect(named('showResult')).toEqual([
      ['showResult', 'passed', 1],
      ['showResult', 'passed', 2],
    ]);
  });

  it('a second Run while one runs is ignored', async () => {
    const { session, runs, finish } = setUp();
    const first = session.run();
    expect(session.running).toBe(true);
    expect(await session.run()).toBeUndefined();
    finish(result([false]));
    await first;
    expect(runs).toHaveLength(1);
    expect(session.running).toBe(false);
  });

  it('failing checks: failed, not marked', async () => {
    const { session, passes, named } = setUp({ runResult: result([true, false]) });
    await session.run();
    expect(passes).toEqual([]);
    expect(named('showResult')).toEqual([['showResult', 'failed', 1]]);
  });

  it('status after a run names what happened', () => {
    expect(runStatus(result([true, true]))).toBe('All checks passed.');
    expect(runStatus(result([true, false, false]))).toBe('1 of 3 checks passed.');
    expect(runStatus(result([], { kind: 'timeout', message: 'x' }))).toBe(
      'Stopped: time limit reached.',
    );
    expect(runStatus(result([], { kind: 'internal', message: 'x' }))).toBe(
      'Your code was not run; the problem is not in your code (see below).',
    );
    expect(runStatus(result([true], { kind: 'runtime', message: 'x' }))).toBe(
      'There is an error to fix.',
    );
    // No checks ran at all: not a pass.
    expect(runStatus(result([]))).toBe('0 of 0 checks passed.');
  });
});

describe('hints (bad-code: "Show hint 1", then "Show hint 2")', () => {
  it('one at a time, labelled, then done', () => {
    const hints = new HintSequence(2);
    expect(hints.label()).toBe('Show hint 1 of 2');
    expect(hints.next()).toBe(0);
    expect(hints.label()).toBe('Show hint 2 of 2');
    expect(hints.done).toBe(false);
    expect(hints.next()).toBe(1);
    expect(hints.done).toBe(true);
    expect(hints.next()).toBeUndefined();
    expect(new HintSequence(0).done).toBe(true);
  });
});
