/** A growable ring-buffer FIFO: O(1) push/shift without the O(n) of `Array.prototype.shift`. */
export class Fifo<T> {
  private buf: (T | undefined)[];
  private head = 0;
  private n = 0;

  constructor(initialCapacity = 16) {
    this.buf = new Array<T | undefined>(initialCapacity);
  }

  /** Number of items. */
  get length(): number {
    return this.n;
  }

  /** Append at the tail. */
  push(item: T): void {
    if (this.n === this.buf.length) this.grow();
    this.buf[(this.head + this.n) % this.buf.length] = item;
    this.n++;
  }

  /** Remove and return the head (undefined when empty). */
  shift(): T | undefined {
    if (this.n === 0) return undefined;
    const item = this.buf[this.head];
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) % this.buf.length;
    this.n--;
    return item;
  }

  /** Remove and return every item, oldest first. */
  drain(): T[] {
    const out: T[] = [];
    for (let x = this.shift(); x !== undefined; x = this.shift()) out.push(x);
    return out;
  }

  private grow(): void {
    const next = new Array<T | undefined>(this.buf.length * 2);
    for (let i = 0; i < this.n; i++) next[i] = this.buf[(this.head + i) % this.buf.length];
    this.buf = next;
    this.head = 0;
  }
}
