import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

/** A Map-backed localStorage and an event-target window: enough for the storage module in Node. */
class MemoryStorage {
  data = new Map<string, string>();
  /**
   * Writes that succeed before one fails with a quota error. Later writes succeed again, as putting
   * back data that fitted before does in a real browser.
   */
  room = Infinity;
  getItem(k: string): string | null {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    if (this.room-- === 0) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(k, v);
  }
  removeItem(k: string): void {
    this.data.delete(k);
  }
  clear(): void {
    this.data.clear();
    this.room = Infinity;
  }
}
const memory = new MemoryStorage();

let progress: typeof import('../../components/progress.ts');
let store: typeof import('../../components/progressStore.ts');
const notices: string[] = [];
beforeAll(async () => {
  vi.stubGlobal('localStorage', memory);
  const win = new EventTarget();
  win.addEventListener('archlab:storage-notice', (e) => {
    notices.push((e as CustomEvent<{ message: string }>).detail.message);
  });
  vi.stubGlobal('window', win);
  progress = await import('../../components/progress.ts');
  store = await import('../../components/progressStore.ts');
});
beforeEach(() => memory.clear());
afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('quiz scores in progress storage', () => {
  it('keeps the best attempt and always the last one', () => {
    vi.setSystemTime(1000);
    progress.recordQuiz('servers', 5, 7);
    vi.setSystemTime(2000);
    progress.recordQuiz('servers', 3, 7);
    const score = progress.loadProgress().quizzes['servers']!;
    expect(score).toEqual({
      correct: 5,
      total: 7,
      at: 1000,
      last: { correct: 3, total: 7, at: 2000 },
    });
    expect(progress.lastAttempt(score)).toEqual({ correct: 3, total: 7, at: 2000 });

    vi.setSystemTime(3000);
    progress.recordQuiz('servers', 6, 7);
    expect(progress.loadProgress().quizzes['servers']).toEqual({
      correct: 6,
      total: 7,
      at: 3000,
      last: { correct: 6, total: 7, at: 3000 },
    });
  });

  it('reads a record stored before "last" existed as its own last attempt', () => {
    memory.setItem(
      'archlab:v1:progress',
      JSON.stringify({
        exercises: {},
        quizzes: { servers: { correct: 2, total: 6, at: 5 } },
        visited: {},
      }),
    );
    const score = progress.loadProgress().quizzes['servers']!;
    expect(progress.lastAttempt(score)).toEqual({ correct: 2, total: 6, at: 5 });
  });

  it('names the chapter opened most recently', () => {
    expect(progress.lastVisited(progress.loadProgress())).toBeUndefined();
    vi.setSystemTime(10);
    progress.markVisited('servers');
    vi.setSystemTime(20);
    progress.markVisited('metrics');
    expect(progress.lastVisited(progress.loadProgress())).toBe('metrics');
  });
});

describe('writing a whole snapshot (import)', () => {
  const ids = ['servers/keep-up', 'servers/route-requests'];
  const saved = (code: string, savedAt: number) => ({ code, savedAt, starterHash: 'h' });

  it('reads back what it wrote', () => {
    const before = store.readSnapshot(ids);
    expect(before).toEqual({ progress: { exercises: {}, quizzes: {}, visited: {} }, code: {} });
    const next = {
      progress: {
        exercises: { 'servers/keep-up': { passedAt: 1 } },
        quizzes: {},
        visited: { servers: 2 },
      },
      code: { 'servers/keep-up': saved('a', 3) },
    };
    expect(store.writeSnapshot(next, before)).toBe(true);
    expect(store.readSnapshot(ids)).toEqual(next);
  });

  it('writes and reads back the review schedule, and takes it back when storage fills up', () => {
    const card = { due: 5, stability: 1, difficulty: 5, scheduledDays: 1, learningSteps: 0 };
    const review = (reps: number) => ({
      version: 1 as const,
      cards: { 'servers/q': { ...card, reps, lapses: 0, state: 2 as const, lastReview: reps } },
    });
    const before = {
      progress: { exercises: {}, quizzes: {}, visited: { servers: 1 } },
      code: {},
      review: review(1),
    };
    expect(store.writeSnapshot(before, store.readSnapshot(ids))).toBe(true);
    expect(store.readSnapshot(ids)).toEqual(before);
    const stored = new Map(memory.data);
    const next = { ...before, progress: { ...before.progress, visited: {} }, review: review(2) };
    // Full at the review record, and at the progress record after the review was written.
    for (const room of [0, 1]) {
      memory.room = room;
      const ok = store.writeSnapshot(next, store.readSnapshot(ids));
      memory.room = Infinity;
      expect(ok).toBe(false);
      expect(memory.data).toEqual(stored);
    }
    expect(store.writeSnapshot(next, store.readSnapshot(ids))).toBe(true);
    expect(store.readSnapshot(ids)).toEqual(next);
  });

  it('puts everything back when storage fills up half-way, and says so', () => {
    const before = {
      progress: { exercises: {}, quizzes: {}, visited: { servers: 1 } },
      code: { 'servers/keep-up': saved('old', 1) },
    };
    expect(store.writeSnapshot(before, store.readSnapshot(ids))).toBe(true);
    const stored = new Map(memory.data);
    const next = {
      progress: { exercises: { 'servers/keep-up': { passedAt: 5 } }, quizzes: {}, visited: {} },
      code: { 'servers/keep-up': saved('new', 9), 'servers/route-requests': saved('other', 9) },
    };
    // Full at the first code entry, at the second, and at the progress record.
    for (const room of [0, 1, 2]) {
      notices.length = 0;
      memory.room = room;
      const ok = store.writeSnapshot(next, store.readSnapshot(ids));
      memory.room = Infinity;
      expect(ok).toBe(false);
      expect(memory.data).toEqual(stored);
      expect(notices.join(' ')).toMatch(/storage is full/i);
    }
  });
});
