/**
 * @expect fail: Keys load independently
 * Audit learner: one in-flight load for the whole wrapper, whatever the key: a read of another key
 * while a load runs gets that load's answer.
 */
export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  let current: Promise<T> | null = null;
  return (key) => {
    if (current) return current;
    const p = load(key).finally(() => {
      current = null;
    });
    current = p;
    return p;
  };
}
