/**
 * @expect fail: Two wrappers
 * Keeps the in-flight map at module level, shared by every wrapper: a products loader and a users loader with the same key share one load.
 */
const inFlight = new Map<string, Promise<unknown>>();

export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  return (key) => {
    const running = inFlight.get(key);
    if (running) return running as Promise<T>;
    const p = load(key).finally(() => inFlight.delete(key));
    inFlight.set(key, p);
    return p;
  };
}
