// On a cache miss the application calls load(key), which queries the database.
// When a popular key expires, many reads miss at the same moment: write coalesce(load) so that
// calls for a key while its load is still running share that one load instead of starting their own.
export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  // TODO: every call starts its own load: a herd of misses becomes a herd of queries.
  return (key) => load(key);
}
