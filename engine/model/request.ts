/** What a strategy or a learner's function may read about a request. */
export interface RequestView {
  /** Sequential id, unique within a run. */
  readonly id: number;
  /** Which client sent it (for sticky routing); 0 when the traffic has one client. */
  readonly clientId: number;
  /** Request type name (e.g. 'read', 'checkout'); 'default' when not configured. */
  readonly type: string;
  /** When it arrived at the system, ms. */
  readonly arrivalMs: number;
  /** Response payload size in bytes. */
  readonly sizeBytes: number;
  /** Service-time multiplier of its type (1 = the server's base service time). */
  readonly cost: number;
}

/** One request in flight. Objects are pooled and reused, so memory follows in-flight load, not totals. */
export class Request implements RequestView {
  id = 0;
  clientId = 0;
  type = 'default';
  typeIndex = 0;
  arrivalMs = 0;
  sizeBytes = 0;
  cost = 1;
  /** When a core started on it, ms. */
  startMs = 0;
  /** Index of the server handling it, -1 before routing. */
  server = -1;
  /** Position in the pool; events refer to requests by this number. */
  readonly slot: number;
  constructor(slot: number) {
    this.slot = slot;
  }
}

/** A free-list pool of `Request` objects addressed by slot number. */
export class RequestPool {
  private readonly all: Request[] = [];
  private readonly free: number[] = [];
  private nextId = 0;

  /** Take a fresh request (fields reset, new id). */
  acquire(): Request {
    const slot = this.free.pop();
    const r = slot === undefined ? this.make() : this.all[slot]!;
    r.id = this.nextId++;
    r.clientId = 0;
    r.type = 'default';
    r.typeIndex = 0;
    r.sizeBytes = 0;
    r.cost = 1;
    r.startMs = 0;
    r.server = -1;
    return r;
  }

  /** Return a finished request to the pool. */
  release(r: Request): void {
    this.free.push(r.slot);
  }

  /** The request in `slot`. */
  get(slot: number): Request {
    return this.all[slot]!;
  }

  /** Requests allocated so far (peak in-flight). */
  get capacity(): number {
    return this.all.length;
  }

  private make(): Request {
    const r = new Request(this.all.length);
    this.all.push(r);
    return r;
  }
}
