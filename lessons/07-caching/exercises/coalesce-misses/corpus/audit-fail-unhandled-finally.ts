/**
 * @expect fail: A failed load fails its waiters
 * Audit learner: returns the load's own promise and attaches finally() beside it without keeping
 * the chained promise. Coalescing works, but when a load fails the chained promise rejects with
 * nobody listening: an unhandled rejection, which crashes a Node server by default.
 */
export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const inFlight = new Map<string, Promise<T>>();
  return (key) => {
    const running = inFlight.get(key);
    if (running) return running;
    const p = load(key);
    inFlight.set(key, p);
    void p.finally(() => inFlight.delete(key));
    return p;
  };
}
