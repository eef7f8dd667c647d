import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

/** A Map-backed localStorage and an event-target window: enough for the storage module in Node. */
class MemoryStorage {
  private data = new Map<string, string>();
  getItem(k: string): string | null {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.data.set(k, v);
  }
  removeItem(k: string): void {
    this.data.delete(k);
  }
  clear(): void {
    this.data.clear();
  }
}
const memory = new MemoryStorage();

let progress: typeof import('../../components/progress.ts');
beforeAll(async () => {
  vi.stubGlobal('localStorage', memory);
  vi.stubGlobal('window', new EventTarget());
  progress = await import('../../components/progress.ts');
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
