/**
 * Distinct terms by their UTF-8 bytes, numbered in order of first sight.
 *
 * Why: the index worker unites the term tables of ~900 chunk segments (561k terms, 217k distinct,
 * ~42 M characters at 1M triples). Decoding every term into a string and hashing it in a `Map`
 * (V8 hashes and compares whole strings) was about half the worker's CPU. Here a term is hashed
 * and compared as bytes where the segment holds it, and only the distinct ones are kept (copied
 * once) and decoded once, at the end. The premise, tested in tests/index-store/term-bytes.test.ts:
 * two terms are the same exactly when their UTF-8 bytes are (the segment writer encodes each
 * term's n3 id with `Buffer.write`, and the reader decodes those bytes), so numbering by bytes
 * gives the same table as numbering the decoded strings.
 */

const EMPTY = -1;

/**
 * A set of byte strings with dense ids (open addressing, FNV-1a hashes).
 *
 * @example
 * ```ts
 * const set = new ByteTermSet();
 * const bytes = Buffer.from('<http://example.org/a><http://example.org/a>');
 * set.id(bytes, 0, 22) === set.id(bytes, 22, 44); // true: the same term
 * set.strings(); // ['<http://example.org/a>']
 * ```
 */
export class ByteTermSet {
  #arena: Buffer = Buffer.allocUnsafe(1 << 20);
  #used = 0;
  #offsets = new Uint32Array(1 << 12);
  #lengths = new Uint32Array(1 << 12);
  #hashes = new Uint32Array(1 << 12);
  #slots: Int32Array;
  #mask: number;
  /** How many distinct terms the set holds. */
  size = 0;

  /** `slots`: the initial hash table size (a power of two; tests make it small to force collisions). */
  constructor(slots = 1 << 13) {
    this.#slots = new Int32Array(slots).fill(EMPTY);
    this.#mask = slots - 1;
  }

  /** The id of the term whose UTF-8 bytes are `buf[start, end)`, added when new. */
  id(buf: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
    h >>>= 0;
    const len = end - start;
    const slots = this.#slots;
    const mask = this.#mask;
    let slot = h & mask;
    for (;;) {
      const id = slots[slot]!;
      if (id === EMPTY) break;
      if (this.#hashes[id] === h && this.#lengths[id] === len && this.#same(id, buf, start, len)) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.size++;
    if (id === this.#offsets.length) this.#growIds();
    if (this.#used + len > this.#arena.length) {
      const next = Buffer.allocUnsafe(Math.max(this.#arena.length * 2, this.#used + len));
      this.#arena.copy(next, 0, 0, this.#used);
      this.#arena = next;
    }
    this.#arena.set(buf.subarray(start, end), this.#used);
    this.#offsets[id] = this.#used;
    this.#lengths[id] = len;
    this.#hashes[id] = h;
    this.#used += len;
    slots[slot] = id;
    if (this.size * 2 > mask) this.#rehash();
    return id;
  }

  /** Every term decoded, by id. */
  strings(): string[] {
    const out = new Array<string>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.#arena.toString('utf8', this.#offsets[i], this.#offsets[i]! + this.#lengths[i]!);
    return out;
  }

  #same(id: number, buf: Uint8Array, start: number, len: number): boolean {
    const arena = this.#arena;
    const at = this.#offsets[id]!;
    if (len > 64) return arena.compare(buf, start, start + len, at, at + len) === 0;
    for (let i = 0; i < len; i++) if (arena[at + i] !== buf[start + i]) return false;
    return true;
  }

  #growIds(): void {
    const grow = (a: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> => {
      const next = new Uint32Array(a.length * 2);
      next.set(a);
      return next;
    };
    this.#offsets = grow(this.#offsets);
    this.#lengths = grow(this.#lengths);
    this.#hashes = grow(this.#hashes);
  }

  #rehash(): void {
    const slots = new Int32Array(this.#slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    for (let id = 0; id < this.size; id++) {
      let slot = this.#hashes[id]! & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.#slots = slots;
    this.#mask = mask;
  }
}
