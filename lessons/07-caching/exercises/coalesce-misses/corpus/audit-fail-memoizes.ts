/**
 * @expect fail: A finished load is not reused
 * Audit learner: keeps each key's promise for good (memoization), so a read long after the load
 * settled gets the old answer instead of loading again.
 */
export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const promises = new Map<string, Promise<T>>();
  return (key) => {
    let p = promises.get(key);
    if (p === undefined) {
      p = load(key);
      promises.set(key, p);
    }
    return p;
  };
}
