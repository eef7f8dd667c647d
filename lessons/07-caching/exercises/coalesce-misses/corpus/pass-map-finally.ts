/**
 * @expect pass
 * A map of in-flight promises per key, removed with finally once the load settles.
 */
export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const inFlight = new Map<string, Promise<T>>();
  return (key) => {
    const running = inFlight.get(key);
    if (running) return running;
    const p = load(key).finally(() => inFlight.delete(key));
    inFlight.set(key, p);
    return p;
  };
}
