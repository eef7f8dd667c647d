/**
 * @expect fail: A failed load fails its waiters
 * Audit learner: forgets the key in then() only, when the load succeeds; a failed load stays in
 * the map and every later read of that key gets the old failure without a new query.
 */
export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const inFlight = new Map<string, Promise<T>>();
  return (key) => {
    const running = inFlight.get(key);
    if (running) return running;
    const p = load(key).then((value) => {
      inFlight.delete(key);
      return value;
    });
    inFlight.set(key, p);
    return p;
  };
}
