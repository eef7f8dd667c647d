/** A learner's code per exercise, autosaved in versioned storage. */
import { readJson, remove, writeJson } from '../storage.ts';

/** What is stored for one exercise. */
export interface SavedCode {
  code: string;
  /** Epoch ms of the last save; the newer edit wins between tabs. */
  savedAt: number;
  /** Hash of the starter the learner began from, to notice when a new site version changed it. */
  starterHash: string;
}

function isSavedCode(v: unknown): v is SavedCode {
  const s = v as Partial<SavedCode> | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.code === 'string' &&
    typeof s.savedAt === 'number' &&
    typeof s.starterHash === 'string'
  );
}

const key = (exerciseId: string) => `code:${exerciseId}`;

/** A short, stable hash of text (FNV-1a, 32-bit): enough to tell two starters apart. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The learner's saved code, if any. */
export function loadCode(exerciseId: string): SavedCode | undefined {
  return readJson(key(exerciseId), isSavedCode);
}

/** Save the learner's code; false when the browser would not keep it. */
export function saveCode(exerciseId: string, code: string, starter: string): boolean {
  const saved: SavedCode = { code, savedAt: Date.now(), starterHash: hashText(starter) };
  return writeJson(key(exerciseId), saved);
}

/** Forget the learner's code (Reset). */
export function clearCode(exerciseId: string): void {
  remove(key(exerciseId));
}

/** Store a saved record as is (progress import); false when the browser would not keep it. */
export function storeCode(exerciseId: string, saved: SavedCode): boolean {
  return writeJson(key(exerciseId), saved);
}
