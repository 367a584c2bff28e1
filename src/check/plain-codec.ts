/**
 * Writes a graph of plain data (objects, arrays, Maps, Sets, strings, finite numbers, booleans,
 * null, undefined) as JSON and reads it back with the same shape: shared objects stay shared
 * (the compiled lexicon's patterns list their required words as the very nodes of the pattern,
 * and one Set of derived words is shared by every node of that word), insertion orders of Maps,
 * Sets and objects are kept, and cycles are allowed.
 *
 * Why not JSON alone: it loses Maps and Sets, and turns one shared object into copies, which the
 * checker's identity-keyed memos (WeakMaps by pattern and node) would then count as different.
 * Anything else (a class instance, a function, a symbol key, NaN) makes {@link encodePlain}
 * throw {@link NotPlainData}: the caller then does not cache, rather than cache a lossy copy.
 */

/** A value {@link encodePlain} cannot write without losing something. */
export class NotPlainData extends Error {
  constructor(what: string) {
    super(`not plain data: ${what}`);
    this.name = 'NotPlainData';
  }
}

/**
 * The encoded form, laid out for a fast `JSON.parse` (a cold process decoding ~30k containers of
 * generic JSON spent more than building them): strings once each in `strings`, object key lists
 * once per shape in `shapes`, and every container as small integers in one flat array `cells`.
 */
export interface PlainEncoding {
  strings: string[];
  numbers: number[];
  shapes: string[][];
  /** Per container, in id order: kind (0 array, 1 object, 2 object without prototype, 3 Map, 4 Set); objects their shape, the others their item count; then the items' codes. */
  cells: number[];
  /** The root value's code. */
  root: number;
}

// A value's code: a reference (container id), a string or a number (index into its table) in the
// high bits, what it is in the low three; true, false, null and undefined are the tag alone.
const REF = 0, STR = 1, NUM = 2, TRUE = 3, FALSE = 4, NULL = 5, UNDEF = 6;
const ARRAY = 0, OBJECT = 1, BARE = 2, MAP = 3, SET = 4;

/**
 * Encodes a value (see the module comment for what is allowed); with `nullPrototype: false`, an
 * object without a prototype is refused too (src/check/context-cache.ts uses the encoding only to
 * check that its parts are plain data that Node's serialization gives back unchanged).
 *
 * @example
 * ```ts
 * const shared = { word: 'join' };
 * const back = decodePlain(JSON.parse(JSON.stringify(encodePlain([shared, shared])))) as object[];
 * back[0] === back[1]; // true
 * ```
 */
export function encodePlain(value: unknown, opts: { nullPrototype?: boolean } = {}): PlainEncoding {
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const numbers: number[] = [];
  const numberIds = new Map<number, number>();
  const shapes: string[][] = [];
  const shapeIds = new Map<string, number>();
  const segments: number[][] = [];
  const ids = new Map<object, number>();
  const str = (x: string): number => {
    let i = stringIds.get(x);
    if (i === undefined) stringIds.set(x, (i = strings.push(x) - 1));
    return i * 8 + STR;
  };
  const enc = (v: unknown, path: string): number => {
    if (v === undefined) return UNDEF;
    if (v === null) return NULL;
    if (v === true) return TRUE;
    if (v === false) return FALSE;
    if (typeof v === 'string') return str(v);
    if (typeof v === 'number') {
      if (!Number.isFinite(v) || Object.is(v, -0)) throw new NotPlainData(`${v} at ${path}`);
      let i = numberIds.get(v);
      if (i === undefined) numberIds.set(v, (i = numbers.push(v) - 1));
      return i * 8 + NUM;
    }
    if (typeof v !== 'object') throw new NotPlainData(`${typeof v} at ${path}`);
    const known = ids.get(v);
    if (known !== undefined) return known * 8 + REF;
    const id = segments.length;
    ids.set(v, id);
    const seg: number[] = [];
    segments.push(seg);
    if (Array.isArray(v)) {
      seg.push(ARRAY, v.length);
      for (let i = 0; i < v.length; i++) seg.push(enc(v[i], `${path}[${i}]`));
    } else if (v instanceof Map) {
      seg.push(MAP, v.size);
      for (const [k, x] of v) seg.push(enc(k, `${path} key`), enc(x, `${path}.get(${String(k)})`));
    } else if (v instanceof Set) {
      seg.push(SET, v.size);
      for (const x of v) seg.push(enc(x, `${path} item`));
    } else {
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) throw new NotPlainData(`an instance of ${proto?.constructor?.name ?? 'a class'} at ${path}`);
      if (proto === null && opts.nullPrototype === false) throw new NotPlainData(`an object without a prototype at ${path}`);
      if (Object.getOwnPropertySymbols(v).length) throw new NotPlainData(`a symbol key at ${path}`);
      const keys = Object.keys(v);
      if (Object.getOwnPropertyNames(v).length !== keys.length) throw new NotPlainData(`a hidden property at ${path}`);
      // assigning "__proto__" on decoding would set the prototype instead of a property
      if (keys.includes('__proto__')) throw new NotPlainData(`a __proto__ key at ${path}`);
      const shapeKey = keys.join('\0');
      let shape = shapeIds.get(shapeKey);
      if (shape === undefined) shapeIds.set(shapeKey, (shape = shapes.push(keys) - 1));
      seg.push(proto === null ? BARE : OBJECT, shape);
      for (const k of keys) seg.push(enc((v as Record<string, unknown>)[k], `${path}.${k}`));
    }
    return id * 8 + REF;
  };
  const root = enc(value, '$');
  return { strings, numbers, shapes, cells: segments.flat(), root };
}

/** What {@link decodePlain} throws on a damaged encoding. */
export class BadEncoding extends Error {
  constructor(what: string) {
    super(`damaged encoding: ${what}`);
    this.name = 'BadEncoding';
  }
}

/**
 * Decodes what {@link encodePlain} wrote (after a JSON round trip); throws {@link BadEncoding}
 * when the encoding is damaged.
 *
 * @example
 * ```ts
 * decodePlain(encodePlain(new Map([['a', new Set([1])]]))); // Map { 'a' => Set { 1 } }
 * ```
 */
export function decodePlain(encoding: unknown): unknown {
  const e = encoding as PlainEncoding;
  if (!e || typeof e !== 'object' || !Array.isArray(e.strings) || !Array.isArray(e.numbers) || !Array.isArray(e.shapes) || !Array.isArray(e.cells)) throw new BadEncoding('no tables');
  const { strings, numbers, shapes, cells } = e;
  for (const sh of shapes) if (!Array.isArray(sh) || sh.some((k) => typeof k !== 'string' || k === '__proto__')) throw new BadEncoding('shape');
  // first pass: every container made empty (references may point forward), with where its items start
  const made: unknown[] = [];
  const starts: number[] = [];
  for (let at = 0; at < cells.length;) {
    const kind = cells[at]!;
    const n = kind === OBJECT || kind === BARE ? shapes[cells[at + 1]!]?.length : cells[at + 1];
    if (typeof n !== 'number' || !(n >= 0)) throw new BadEncoding(`container at ${at}`);
    switch (kind) {
      case ARRAY: made.push([]); break;
      case OBJECT: made.push({}); break;
      case BARE: made.push(Object.create(null)); break;
      case MAP: made.push(new Map()); break;
      case SET: made.push(new Set()); break;
      default: throw new BadEncoding(`kind at ${at}`);
    }
    starts.push(at);
    at += 2 + (kind === MAP ? 2 * n : n);
    if (at > cells.length) throw new BadEncoding('cells end inside a container');
  }
  const dec = (code: number): unknown => {
    const tag = code & 7;
    const i = (code - tag) / 8;
    let x: unknown;
    switch (tag) {
      case REF: x = made[i]; break;
      case STR: x = strings[i]; break;
      case NUM: x = numbers[i]; break;
      case TRUE: return true;
      case FALSE: return false;
      case NULL: return null;
      case UNDEF: return undefined;
      default: throw new BadEncoding(`code ${code}`);
    }
    if (x === undefined) throw new BadEncoding(`code ${code}`);
    return x;
  };
  for (let c = 0; c < made.length; c++) {
    const at = starts[c]!;
    const kind = cells[at]!;
    const x = made[c];
    if (kind === ARRAY) {
      const arr = x as unknown[];
      const n = cells[at + 1]!;
      for (let j = 0; j < n; j++) arr.push(dec(cells[at + 2 + j]!));
    } else if (kind === MAP) {
      const m = x as Map<unknown, unknown>;
      const n = cells[at + 1]!;
      for (let j = 0; j < n; j++) m.set(dec(cells[at + 2 + 2 * j]!), dec(cells[at + 3 + 2 * j]!));
    } else if (kind === SET) {
      const s = x as Set<unknown>;
      const n = cells[at + 1]!;
      for (let j = 0; j < n; j++) s.add(dec(cells[at + 2 + j]!));
    } else {
      const o = x as Record<string, unknown>;
      const keys = shapes[cells[at + 1]!]!;
      for (let j = 0; j < keys.length; j++) o[keys[j]!] = dec(cells[at + 2 + j]!);
    }
  }
  return dec(e.root);
}
