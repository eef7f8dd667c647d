/**
 * @expect pass
 * Audit learner: starts the load one microtask later (Promise.resolve().then(…)), remembering the
 * chained promise at once, and forgets the key with then(forget, forget-and-rethrow).
 */
export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const running: Map<string, Promise<T>> = new Map();
  return (key) => {
    const existing = running.get(key);
    if (existing) return existing;
    const forget = () => {
      running.delete(key);
    };
    const p = Promise.resolve()
      .then(() => load(key))
      .then(
        (value) => {
          forget();
          return value;
        },
        (error: unknown) => {
          forget();
          throw error;
        },
      );
    running.set(key, p);
    return p;
  };
}
