// Reads back what src/check/plain-codec.ts's encodePlain wrote. Nothing in src/ needs it since the
// context cache became Node's structured serialization (round 31); it stays here because it is
// what proves an encoding keeps everything (shape, order, sharing), which the context-cache test
// relies on when it compares two contexts by their encodings.
import { KIND, TAG, type PlainEncoding } from '../../src/check/plain-codec.js';

const { REF, STR, NUM, TRUE, FALSE, NULL, UNDEF } = TAG;
const { ARRAY, OBJECT, BARE, MAP, SET } = KIND;

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
