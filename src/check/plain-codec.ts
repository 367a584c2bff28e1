/**
 * Writes a graph of plain data (objects, arrays, Maps, Sets, strings, finite numbers, booleans,
 * null, undefined) as JSON with its whole shape: shared objects stay shared
 * (the compiled lexicon's patterns list their required words as the very nodes of the pattern,
 * and one Set of derived words is shared by every node of that word), insertion orders of Maps,
 * Sets and objects are kept, and cycles are allowed.
 *
 * Why not JSON alone: it loses Maps and Sets, and turns one shared object into copies, which the
 * checker's identity-keyed memos (WeakMaps by pattern and node) would then count as different.
 * Anything else (a class instance, a function, a symbol key, NaN) makes {@link encodePlain}
 * throw {@link NotPlainData}: the caller then does not cache, rather than cache a lossy copy.
 *
 * Since round 31 the context cache is Node's structured serialization, so nothing in src/ reads an
 * encoding back: the cache calls {@link encodePlain} only as its plain-data check, and the tests
 * compare contexts by their encodings (the decoder that proves an encoding keeps everything lives
 * with the tests, tests/helpers/plain-decode.ts).
 */

/** A value {@link encodePlain} cannot write without losing something. */
export class NotPlainData extends Error {
  constructor(what: string) {
    super(`not plain data: ${what}`);
    this.name = 'NotPlainData';
  }
}

/**
 * The encoded form (laid out for a fast `JSON.parse` when it was the cache's format): strings
 * once each in `strings`, object key lists once per shape in `shapes`, and every container as
 * small integers in one flat array `cells`.
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

/**
 * A value's code: a reference (container id), a string or a number (index into its table) in the
 * high bits, its tag in the low three; true, false, null and undefined are the tag alone. Exported
 * with the container kinds for the decoder the tests keep.
 */
export const TAG = { REF: 0, STR: 1, NUM: 2, TRUE: 3, FALSE: 4, NULL: 5, UNDEF: 6 } as const;
/** A container's kind, the first cell of its segment. */
export const KIND = { ARRAY: 0, OBJECT: 1, BARE: 2, MAP: 3, SET: 4 } as const;
const { REF, STR, NUM, TRUE, FALSE, NULL, UNDEF } = TAG;
const { ARRAY, OBJECT, BARE, MAP, SET } = KIND;

/**
 * Encodes a value (see the module comment for what is allowed); with `nullPrototype: false`, an
 * object without a prototype is refused too (src/check/context-cache.ts uses the encoding only to
 * check that its parts are plain data that Node's serialization gives back unchanged).
 *
 * @example
 * ```ts
 * const shared = { word: 'join' };
 * encodePlain([shared, shared]).cells; // [0, 2, 8, 8, 1, 0, 1]: one object, referenced twice
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
