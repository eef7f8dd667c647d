/**
 * @expect pass
 * A small single-flight class whose async run() clears the key in a try/finally.
 */
class SingleFlight<T> {
  private readonly calls = new Map<string, Promise<T>>();
  private readonly load: (key: string) => Promise<T>;

  constructor(load: (key: string) => Promise<T>) {
    this.load = load;
  }

  do(key: string): Promise<T> {
    const existing = this.calls.get(key);
    if (existing !== undefined) return existing;
    const p = this.run(key);
    this.calls.set(key, p);
    return p;
  }

  private async run(key: string): Promise<T> {
    try {
      return await this.load(key);
    } finally {
      this.calls.delete(key);
    }
  }
}

export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const flight = new SingleFlight(load);
  return (key) => flight.do(key);
}
