// The plain-data encoding (src/check/plain-codec.ts), read back by tests/helpers/plain-decode.ts:
// what goes in comes back with the same shape, order and sharing (the context-cache test compares
// contexts by their encodings, and the checker keys memos by pattern and node identity), and
// anything it cannot keep is refused rather than cached lossily. Fails when a kind of value is
// dropped, copied instead of shared, reordered, or when a damaged encoding decodes silently.
import { describe, expect, it } from 'vitest';
import { encodePlain, NotPlainData } from '../../src/check/plain-codec.js';
import { BadEncoding, decodePlain } from '../helpers/plain-decode.js';

const roundTrip = (v: unknown): unknown => decodePlain(JSON.parse(JSON.stringify(encodePlain(v))));

describe('encodePlain / decodePlain', () => {
  it('lays out its TSDoc example as documented: one object, referenced twice', () => {
    const shared = { word: 'join' };
    expect(encodePlain([shared, shared]).cells).toEqual([0, 2, 8, 8, 1, 0, 1]);
  });

  it('keeps Maps, Sets, objects and arrays with their orders and primitive values', () => {
    const v = { b: new Map<unknown, unknown>([['z', 1], ['a', new Set(['y', 'x'])]]), a: [1.5, -2, 0, 'w', true, false, null], u: undefined, n: 'ü—"\\' };
    const back = roundTrip(v) as typeof v;
    expect(back).toEqual(v);
    expect(Object.keys(back)).toEqual(['b', 'a', 'u', 'n']);
    expect('u' in back).toBe(true);
    expect([...back.b.keys()]).toEqual(['z', 'a']);
    expect([...(back.b.get('a') as Set<string>)]).toEqual(['y', 'x']);
  });

  it('keeps one shared object one object, and allows cycles', () => {
    const node = { t: 'lit', word: 'join', alts: new Set(['enter']) };
    const pattern = { nodes: [node, { t: 'slot' }], required: [node] } as { nodes: unknown[]; required: unknown[]; self?: unknown };
    pattern.self = pattern;
    const back = roundTrip([pattern, pattern]) as Array<typeof pattern>;
    expect(back[0]).toBe(back[1]);
    expect(back[0]!.required[0]).toBe(back[0]!.nodes[0]);
    expect(back[0]!.self).toBe(back[0]);
  });

  it('keeps an object without prototype so', () => {
    const bare = Object.assign(Object.create(null) as Record<string, number>, { k: 1 });
    const back = roundTrip({ bare }) as { bare: object };
    expect(Object.getPrototypeOf(back.bare)).toBe(null);
    expect(back.bare).toEqual(bare);
  });

  it('refuses what it cannot keep', () => {
    class Shape { x = 1; }
    for (const bad of [new Shape(), { f: () => 1 }, { n: Number.NaN }, { i: Infinity }, { [Symbol('s')]: 1 }, [new Date(0)], /re/, JSON.parse('{"__proto__": 1}')]) {
      expect(() => encodePlain(bad), String(bad)).toThrow(NotPlainData);
    }
  });

  it('refuses a damaged encoding', () => {
    const good = JSON.parse(JSON.stringify(encodePlain({ a: [1, 'x'] })));
    expect(() => decodePlain({ ...good, cells: [9, 0] })).toThrow(BadEncoding);
    expect(() => decodePlain({ ...good, cells: good.cells.slice(0, -1) })).toThrow(BadEncoding);
    expect(() => decodePlain({ ...good, root: 999 * 8 })).toThrow(BadEncoding);
    expect(() => decodePlain({ ...good, strings: [] })).toThrow(BadEncoding);
    expect(() => decodePlain({ ...good, shapes: [['__proto__']] })).toThrow(BadEncoding);
    expect(() => decodePlain({})).toThrow(BadEncoding);
  });
});
