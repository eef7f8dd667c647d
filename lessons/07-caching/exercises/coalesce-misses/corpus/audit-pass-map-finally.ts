/**
 * @expect pass
 * Audit learner: a Map of key → in-flight promise made inside coalesce; the promise handed out is
 * load(key).finally(forget), so the key is forgotten before any reader sees the outcome.
 */
export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const inFlight = new Map<string, Promise<T>>();
  return (key) => {
    const running = inFlight.get(key);
    if (running) return running;
    const shared = load(key).finally(() => inFlight.delete(key));
    inFlight.set(key, shared);
    return shared;
  };
}
