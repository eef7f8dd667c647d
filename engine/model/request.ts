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

/** Slots per pool: a token packs (id, slot) into one float64 event argument. */
const SLOT_BITS = 2 ** 22;
/** Ids are compared modulo this (ids are unique far beyond any realistic run). */
const ID_MOD = 2 ** 30;

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
  /** Stable identity for events: changes whenever the object is reused. */
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

/** A free-list pool of `Request` objects; events refer to requests by token so stale ones are ignored. */
export class RequestPool {
  private readonly all: Request[] = [];
  private readonly free: number[] = [];
  private nextId = 0;

  /** Take a fresh request (fields reset, new id). */
  acquire(): Request {
    const slot = this.free.pop();
    const r = slot === undefined ? this.make() : this.all[slot]!;
    r.id = this.nextId++;
    r.token = (r.id % ID_MOD) * SLOT_BITS + r.slot;
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

  /** Return a finished request to the pool; its token stops resolving. */
  release(r: Request): void {
    r.token = -1;
    this.free.push(r.slot);
  }

  /** The live request with this token, or undefined if it finished since the token was taken. */
  resolve(token: number): Request | undefined {
    // token mod SLOT_BITS without a floating-point modulo (slow on doubles): exact below 2^53.
    const r = this.all[token - Math.floor(token / SLOT_BITS) * SLOT_BITS];
    return r !== undefined && r.token === token ? r : undefined;
  }

  /** Requests allocated so far (peak in-flight). */
  get capacity(): number {
    return this.all.length;
  }

  private make(): Request {
    if (this.all.length >= SLOT_BITS)
      throw new Error(
        `more than ${SLOT_BITS} requests in flight: the system is hopelessly overloaded`,
      );
    const r = new Request(this.all.length);
    this.all.push(r);
    return r;
  }
}
