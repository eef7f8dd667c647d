/**
 * @expect pass
 * Audit learner: a prototype-free object as the table (so a key such as "constructor" is not found
 * by accident), forgetting the key with then(onFulfilled, onRejected) and passing the outcome on.
 */
export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const pending: Record<string, Promise<T> | undefined> = Object.create(null) as Record<
    string,
    Promise<T> | undefined
  >;
  return function coalesced(key: string): Promise<T> {
    const found = pending[key];
    if (found !== undefined) return found;
    const p = load(key).then(
      (value) => {
        delete pending[key];
        return value;
      },
      (reason: unknown) => {
        delete pending[key];
        throw reason;
      },
    );
    pending[key] = p;
    return p;
  };
}
