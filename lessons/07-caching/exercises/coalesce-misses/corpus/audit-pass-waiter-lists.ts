/**
 * @expect pass
 * Audit learner: no shared promise. Keeps, per key, a list of waiting callers (resolve, reject);
 * the first caller starts the load, and when it settles every waiter gets the same value or the same
 * error and the list is dropped.
 */
type Waiter<T> = { resolve: (value: T) => void; reject: (reason: unknown) => void };

export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const waiting = new Map<string, Waiter<T>[]>();
  return (key) =>
    new Promise<T>((resolve, reject) => {
      const list = waiting.get(key);
      if (list !== undefined) {
        list.push({ resolve, reject });
        return;
      }
      const mine: Waiter<T>[] = [{ resolve, reject }];
      waiting.set(key, mine);
      load(key).then(
        (value) => {
          waiting.delete(key);
          for (const w of mine) w.resolve(value);
        },
        (error: unknown) => {
          waiting.delete(key);
          for (const w of mine) w.reject(error);
        },
      );
    });
}
