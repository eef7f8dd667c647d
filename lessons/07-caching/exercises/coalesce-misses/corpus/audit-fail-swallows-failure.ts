/**
 * @expect fail: A failed load fails its waiters
 * Audit learner: afraid of unhandled rejections, catches the load's failure and resolves with
 * undefined instead, so every reader gets "no row" rather than the error.
 */
export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const inFlight = new Map<string, Promise<T>>();
  return (key) => {
    const running = inFlight.get(key);
    if (running) return running;
    const p = load(key)
      .catch(() => undefined as T)
      .finally(() => inFlight.delete(key));
    inFlight.set(key, p);
    return p;
  };
}
