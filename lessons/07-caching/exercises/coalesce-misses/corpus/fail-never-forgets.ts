/**
 * @expect fail: A finished load is not reused
 * Stores each key's promise and never removes it: every later read gets the first answer forever.
 */
export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const promises = new Map<string, Promise<T>>();
  return (key) => {
    if (!promises.has(key)) promises.set(key, load(key));
    return promises.get(key)!;
  };
}
