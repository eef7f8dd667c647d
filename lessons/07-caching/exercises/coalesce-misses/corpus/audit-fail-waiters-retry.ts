/**
 * @expect fail: A failed load fails its waiters
 * Audit learner: shares the running load, but a reader that joined it retries with a load of its
 * own when it fails, so a failure turns the herd back into a herd of queries and the readers do not
 * all get the same failure.
 */
export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const inFlight = new Map<string, Promise<T>>();
  return (key) => {
    const running = inFlight.get(key);
    if (running) return running.catch(() => load(key));
    const p = load(key).finally(() => inFlight.delete(key));
    inFlight.set(key, p);
    return p;
  };
}
