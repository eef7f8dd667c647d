/**
 * @expect pass
 * Keeps a list of waiting callers per key and settles them all when the one load settles.
 */
type Waiter<T> = { resolve: (v: T) => void; reject: (e: unknown) => void };

export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const waiting: Record<string, Waiter<T>[] | undefined> = {};
  return (key) =>
    new Promise<T>((resolve, reject) => {
      const list = waiting[key];
      if (list) {
        list.push({ resolve, reject });
        return;
      }
      const mine: Waiter<T>[] = [{ resolve, reject }];
      waiting[key] = mine;
      load(key).then(
        (v) => {
          waiting[key] = undefined;
          for (const w of mine) w.resolve(v);
        },
        (e: unknown) => {
          waiting[key] = undefined;
          for (const w of mine) w.reject(e);
        },
      );
    });
}
