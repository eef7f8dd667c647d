/**
 * @expect fail: Beats the plain loader
 * Audit learner: remembers only the most recent key and its load. Reads of one key coalesce while
 * nothing else is read, but a read of another key replaces the slot, and the next read of the first
 * key starts a second load while the first is still running.
 */
export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  let slot: { key: string; promise: Promise<T> } | null = null;
  return (key) => {
    if (slot !== null && slot.key === key) return slot.promise;
    const mine: { key: string; promise: Promise<T> } = {
      key,
      promise: load(key).finally(() => {
        if (slot === mine) slot = null;
      }),
    };
    slot = mine;
    return mine.promise;
  };
}
