/**
 * @expect fail: A failed load fails its waiters
 * Audit learner: waiter lists, but only the success path is written: when the load fails, the
 * first reader gets the error and the readers that joined it wait for ever.
 */
export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const waiters = new Map<string, ((value: T) => void)[]>();
  return (key) => {
    const list = waiters.get(key);
    if (list !== undefined) return new Promise<T>((resolve) => list.push(resolve));
    const mine: ((value: T) => void)[] = [];
    waiters.set(key, mine);
    return load(key).then(
      (value) => {
        waiters.delete(key);
        for (const resolve of mine) resolve(value);
        return value;
      },
      (error: unknown) => {
        waiters.delete(key);
        throw error;
      },
    );
  };
}
