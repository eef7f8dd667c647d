/**
 * @expect fail: One load per key
 * Audit learner: an async wrapper that awaits the load and only then records it, so every read
 * that arrives while the load runs finds nothing and starts its own.
 */
export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const inFlight = new Map<string, Promise<T>>();
  return async (key) => {
    const running = inFlight.get(key);
    if (running) return running;
    const value = await load(key);
    inFlight.set(key, Promise.resolve(value));
    inFlight.delete(key);
    return value;
  };
}
