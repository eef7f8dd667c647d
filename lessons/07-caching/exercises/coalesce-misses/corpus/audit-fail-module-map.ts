/**
 * @expect fail: Two wrappers never share
 * Audit learner: the map of in-flight loads is a module variable, so two wrappers around two
 * different load functions share loads: a read through the second gets the first one's answer.
 */
const inFlight = new Map<string, Promise<unknown>>();

export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  return (key) => {
    const running = inFlight.get(key) as Promise<T> | undefined;
    if (running) return running;
    const p = load(key).finally(() => inFlight.delete(key));
    inFlight.set(key, p);
    return p;
  };
}
