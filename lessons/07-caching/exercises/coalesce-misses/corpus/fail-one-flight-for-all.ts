/**
 * @expect fail: Keys load independently
 * One in-flight load for the whole wrapper: a read of another key joins it and gets the wrong row.
 */
export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  let current: Promise<T> | null = null;
  return (key) => {
    if (current) return current;
    current = load(key).finally(() => {
      current = null;
    });
    return current;
  };
}
