/**
 * @expect fail: A finished load is not reused
 * Turns the wrapper into a cache without expiry: once a value has loaded it is returned forever, so changes in the database never show.
 */
export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const values = new Map<string, T>();
  const inFlight = new Map<string, Promise<T>>();
  return (key) => {
    if (values.has(key)) return Promise.resolve(values.get(key)!);
    const running = inFlight.get(key);
    if (running) return running;
    const p = load(key).then((v) => {
      values.set(key, v);
      inFlight.delete(key);
      return v;
    });
    inFlight.set(key, p);
    return p;
  };
}
