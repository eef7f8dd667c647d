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

/**
 * Most request objects a pool holds (its slots). A token is a slot number, so it is a small
 * integer: V8 passes it through event arguments and handlers without boxing a double.
 */
const MAX_SLOTS = 2 ** 22;

/** One request in flight. Objects are pooled and reused, so memory follows in-flight load, not totals. */
export class Request implements RequestView {
  id = 0;
  clientId = 0;
  type = 'default';
  typeIndex = 0;
  arrivalMs = 0;
  sizeBytes = 0;
  cost = 1;
  /** When a server accepted it, ms. */
  acceptedMs = 0;
  /** When a core started on it, ms. */
  startMs = 0;
  /** Index of the server handling it, -1 before routing. */
  server = -1;
  /** Database queries still to run. */
  dbLeft = 0;
  /** External-API calls still to make. */
  apiLeft = 0;
  /** Why it failed, if it did. */
  failReason = '';
  /** External-API attempt number (1-based) of the call in progress. */
  attempt = 0;
  /** Waiting on the database, an API or the network (someone outside the server owns it). */
  outside = false;
  /** Lost in a crash while outside: whoever owns it releases it when their work ends. */
  dead = false;
  /** Outcome code of the last external-API attempt (see ExternalApi). */
  apiOutcome = 0;
  /**
   * Its handle in event arguments: the pool slot while it is in flight, -1 once released. A slot
   * is reused by a later request, so an event that can outlive its request (only a server's
   * completion or page-in, when the server crashes) must carry more than the token to tell them
   * apart: see `Server`.
   */
  token = 0;
  /** Intrusive list of a server's in-flight requests (O(1) removal, no allocation). */
  prev: Request | null = null;
  next: Request | null = null;
  /** Position in the pool. */
  readonly slot: number;
  constructor(slot: number) {
    this.slot = slot;
  }
}

/** A free-list pool of `Request` objects; events refer to requests by token (their slot). */
export class RequestPool {
  private readonly all: Request[] = [];
  private readonly free: number[] = [];
  private nextId = 0;

  /** Take a fresh request (fields reset, new id). */
  acquire(): Request {
    const slot = this.free.pop();
    const r = slot === undefined ? this.make() : this.all[slot]!;
    r.id = this.nextId++;
    r.token = r.slot;
    r.clientId = 0;
    r.type = 'default';
    r.typeIndex = 0;
    r.sizeBytes = 0;
    r.cost = 1;
    r.startMs = 0;
    r.acceptedMs = 0;
    r.server = -1;
    r.dbLeft = 0;
    r.apiLeft = 0;
    r.failReason = '';
    r.attempt = 0;
    r.outside = false;
    r.dead = false;
    r.apiOutcome = 0;
    r.prev = null;
    r.next = null;
    return r;
  }

  /** Return a finished request to the pool; its token stops resolving until the slot is reused. */
  release(r: Request): void {
    r.token = -1;
    this.free.push(r.slot);
  }

  /** The request in flight in this token's slot, or undefined if the slot is free. */
  resolve(token: number): Request | undefined {
    const r = this.all[token];
    return r !== undefined && r.token === token ? r : undefined;
  }

  /** Requests allocated so far (peak in-flight). */
  get capacity(): number {
    return this.all.length;
  }

  private make(): Request {
    if (this.all.length >= MAX_SLOTS)
      throw new Error(
        `more than ${MAX_SLOTS} requests in flight: the system is hopelessly overloaded`,
      );
    const r = new Request(this.all.length);
    this.all.push(r);
    return r;
  }
}
