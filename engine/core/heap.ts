/**
 * The event queue: a binary min-heap over parallel typed arrays, ordered by (time, insertion order).
 * Ties break FIFO so same-time events run in the order they were scheduled — determinism does not
 * depend on heap layout. Flat arrays avoid one object per event: nothing is allocated per event.
 */
export class EventQueue {
  private time: Float64Array;
  private seq: Float64Array;
  private target: Int32Array;
  private kind: Int32Array;
  private arg: Float64Array;
  private n = 0;
  private nextSeq = 0;

  constructor(initialCapacity = 64) {
    this.time = new Float64Array(initialCapacity);
    this.seq = new Float64Array(initialCapacity);
    this.target = new Int32Array(initialCapacity);
    this.kind = new Int32Array(initialCapacity);
    this.arg = new Float64Array(initialCapacity);
  }

  /** Number of pending events. */
  get size(): number {
    return this.n;
  }

  /** Time of the earliest event, or Infinity when empty. */
  peekTime(): number {
    return this.n > 0 ? this.time[0]! : Infinity;
  }

  /** Add an event. */
  push(time: number, target: number, kind: number, arg: number): void {
    if (this.n === this.time.length) this.grow();
    const s = this.nextSeq++;
    const T = this.time;
    const S = this.seq;
    const G = this.target;
    const K = this.kind;
    const A = this.arg;
    // Sift up with a hole: move parents down until the new event fits.
    let i = this.n++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = T[p]!;
      if (pt < time || (pt === time && S[p]! < s)) break;
      T[i] = pt;
      S[i] = S[p]!;
      G[i] = G[p]!;
      K[i] = K[p]!;
      A[i] = A[p]!;
      i = p;
    }
    T[i] = time;
    S[i] = s;
    G[i] = target;
    K[i] = kind;
    A[i] = arg;
  }

  /** Target id of the earliest event (valid until the next pop). */
  topTarget(): number {
    return this.target[0]!;
  }
  /** Kind of the earliest event. */
  topKind(): number {
    return this.kind[0]!;
  }
  /** Argument of the earliest event. */
  topArg(): number {
    return this.arg[0]!;
  }

  /** Remove the earliest event (read it first with `peekTime`/`top*`). */
  pop(): void {
    const last = --this.n;
    if (last === 0) return;
    const T = this.time;
    const S = this.seq;
    const G = this.target;
    const K = this.kind;
    const A = this.arg;
    const t = T[last]!;
    const s = S[last]!;
    // Sift down with a hole from the root.
    let i = 0;
    const half = last >> 1;
    while (i < half) {
      let c = 2 * i + 1;
      const r = c + 1;
      if (r < last && (T[r]! < T[c]! || (T[r] === T[c] && S[r]! < S[c]!))) c = r;
      const ct = T[c]!;
      if (ct > t || (ct === t && S[c]! > s)) break;
      T[i] = ct;
      S[i] = S[c]!;
      G[i] = G[c]!;
      K[i] = K[c]!;
      A[i] = A[c]!;
      i = c;
    }
    T[i] = t;
    S[i] = s;
    G[i] = G[last]!;
    K[i] = K[last]!;
    A[i] = A[last]!;
  }

  /** Drop every pending event. */
  clear(): void {
    this.n = 0;
  }

  private grow(): void {
    const cap = this.time.length * 2;
    const t = new Float64Array(cap);
    t.set(this.time);
    this.time = t;
    const s = new Float64Array(cap);
    s.set(this.seq);
    this.seq = s;
    const tg = new Int32Array(cap);
    tg.set(this.target);
    this.target = tg;
    const k = new Int32Array(cap);
    k.set(this.kind);
    this.kind = k;
    const a = new Float64Array(cap);
    a.set(this.arg);
    this.arg = a;
  }
}
