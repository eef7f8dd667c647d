/**
 * Reads and writes a whole {@link Snapshot} (progress record, code per exercise, review schedule)
 * through the storage modules, for the progress page's export and import.
 */
import { clearCode, loadCode, storeCode, type SavedCode } from './exercise/codeStore.ts';
import { loadProgress, saveProgress } from './progress.ts';
import type { Snapshot } from './progressExport.ts';
import { clearReview, saveReview, storedReview } from './review/store.ts';

/** The learner's data for the given exercises (code is stored per exercise, so ids are needed). */
export function readSnapshot(exerciseIds: Iterable<string>): Snapshot {
  const code: Record<string, SavedCode> = {};
  for (const id of exerciseIds) {
    const saved = loadCode(id);
    if (saved) code[id] = saved;
  }
  // No schedule, or an unreadable one (the Review page says so when opened), is left out.
  const review = storedReview();
  return { progress: loadProgress(), code, ...(review ? { review } : {}) };
}

/**
 * Write `next` over `before` (what was read just before). When the browser refuses a write
 * (storage full or blocked), everything already written is put back, so an import is all or nothing.
 */
export function writeSnapshot(next: Snapshot, before: Snapshot): boolean {
  const changed = Object.keys(next.code).filter((id) => next.code[id] !== before.code[id]);
  const written: string[] = [];
  let ok = true;
  for (const id of changed) {
    const saved = next.code[id];
    if (!saved || !storeCode(id, saved)) {
      ok = false;
      break;
    }
    written.push(id);
  }
  let reviewWritten = false;
  if (ok && next.review && next.review !== before.review) {
    ok = saveReview(next.review);
    reviewWritten = ok;
  }
  if (ok && saveProgress(next.progress)) return true;
  if (reviewWritten) {
    if (before.review) saveReview(before.review);
    else clearReview();
  }
  for (const id of written) {
    const old = before.code[id];
    if (old) storeCode(id, old);
    else clearCode(id);
  }
  return false;
}
