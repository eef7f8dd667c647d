/**
 * @expect fail: A failed load fails its waiters
 * Forgets the key only when the load succeeds: after one failed query, the key fails forever.
 */
export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const inFlight = new Map<string, Promise<T>>();
  return (key) => {
    const running = inFlight.get(key);
    if (running) return running;
    const p = load(key).then((v) => {
      inFlight.delete(key);
      return v;
    });
    inFlight.set(key, p);
    return p;
  };
}
