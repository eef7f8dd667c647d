/**
 * @expect pass
 * Audit learner: an async arrow as the wrapper. It stores load(key).finally(forget) once per key
 * and returns (awaits) the stored promise, so every read gets a promise of its own that follows
 * the shared one: the same row, or the same failure.
 */
export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const flights = new Map<string, Promise<T>>();
  return async (key) => {
    let flight = flights.get(key);
    if (flight === undefined) {
      flight = load(key).finally(() => flights.delete(key));
      flights.set(key, flight);
    }
    return await flight;
  };
}
