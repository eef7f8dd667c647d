// On a cache miss the application calls load(key), which queries the database.
// coalesce(load): calls for a key while its load is still running share that one load.
export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  // One map per wrapper: loads of different loaders never mix.
  const inFlight = new Map<string, Promise<T>>();
  return (key) => {
    const running = inFlight.get(key);
    if (running !== undefined) return running;
    // Forget the key once the load settles, success or failure: the next miss loads fresh data
    // (coalescing is not caching), and one failed query does not fail the key forever.
    const p = load(key).finally(() => inFlight.delete(key));
    inFlight.set(key, p);
    return p;
  };
}
