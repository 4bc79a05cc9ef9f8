/**
 * Counts of 32-bit feature hashes in an open-addressing table. A `Map<number, number>` was the
 * largest cost of embedding (thousands of increments per text); typed arrays avoid its boxing.
 */
export class FeatureCounter {
  private keys: Uint32Array;
  private counts: Float64Array;
  private used: Uint8Array;
  private slots: number[] = [];

  constructor(initialCapacity = 1024) {
    const capacity = 2 ** Math.ceil(Math.log2(Math.max(16, initialCapacity)));
    this.keys = new Uint32Array(capacity);
    this.counts = new Float64Array(capacity);
    this.used = new Uint8Array(capacity);
  }

  get size(): number {
    return this.slots.length;
  }

  add(key: number, by = 1): void {
    // Keep the load factor under one half so probe runs stay short.
    if ((this.slots.length + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let slot = key & mask;
    while (this.used[slot] === 1 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    if (this.used[slot] === 1) {
      this.counts[slot] = (this.counts[slot] ?? 0) + by;
      return;
    }
    this.used[slot] = 1;
    this.keys[slot] = key;
    this.counts[slot] = by;
    this.slots.push(slot);
  }

  get(key: number): number {
    const mask = this.keys.length - 1;
    let slot = key & mask;
    while (this.used[slot] === 1) {
      if (this.keys[slot] === key) return this.counts[slot] ?? 0;
      slot = (slot + 1) & mask;
    }
    return 0;
  }

  forEach(visit: (key: number, count: number) => void): void {
    for (const slot of this.slots) visit(this.keys[slot] ?? 0, this.counts[slot] ?? 0);
  }

  private grow(): void {
    const old = { keys: this.keys, counts: this.counts, slots: this.slots };
    const capacity = this.keys.length * 2;
    this.keys = new Uint32Array(capacity);
    this.counts = new Float64Array(capacity);
    this.used = new Uint8Array(capacity);
    this.slots = [];
    for (const slot of old.slots) this.add(old.keys[slot] ?? 0, old.counts[slot] ?? 0);
  }
}
