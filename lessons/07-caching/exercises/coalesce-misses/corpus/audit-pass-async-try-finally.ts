/**
 * @expect pass
 * Audit learner: a class holding the in-flight loads; each load runs in an async method whose
 * finally forgets the key, but only if the table still holds this very flight (identity check).
 */
class SingleFlight<T> {
  private readonly flights = new Map<string, Promise<T>>();

  private readonly load: (key: string) => Promise<T>;

  constructor(load: (key: string) => Promise<T>) {
    this.load = load;
  }

  get(key: string): Promise<T> {
    const existing = this.flights.get(key);
    if (existing !== undefined) return existing;
    const ticket: { flight?: Promise<T> } = {};
    const flight = this.run(key, ticket);
    ticket.flight = flight;
    this.flights.set(key, flight);
    return flight;
  }

  private async run(key: string, ticket: { flight?: Promise<T> }): Promise<T> {
    try {
      return await this.load(key);
    } finally {
      if (this.flights.get(key) === ticket.flight) this.flights.delete(key);
    }
  }
}

export function coalesce<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const flights = new SingleFlight(load);
  return (key) => flights.get(key);
}
