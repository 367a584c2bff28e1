import { describe, expect, it } from 'vitest';
import { ByteTermSet } from '../../src/index-store/term-bytes.js';

describe('ByteTermSet (distinct terms by their UTF-8 bytes)', () => {
  // Terms as the segments hold them: n3 ids, written as UTF-8 with Buffer.write.
  const terms = [
    'http://example.org/a', 'http://example.org/b', '"chat"@fr', '"chat"@en', '"Zürich"', '"東京"', '"𝄞 clef"',
    '""', '"1"^^http://www.w3.org/2001/XMLSchema#integer', `"${'long '.repeat(40)}"`, `"${'long '.repeat(40)}!"`,
  ];

  it('numbers terms as a Map of the decoded strings does, and decodes each distinct term back', () => {
    // The premise: two terms are the same exactly when their UTF-8 bytes are. A table of 2 slots
    // (grown as it fills) makes every term collide at first.
    for (const slots of [2, 1 << 13]) {
      const set = new ByteTermSet(slots);
      const byString = new Map<string, number>();
      const seq = [...terms, ...[...terms].reverse(), ...terms.filter((_, i) => i % 2)];
      for (const t of seq) {
        // each term at an offset of its own in a larger buffer, as in a segment
        const buf = Buffer.from(`xx${t}yy`, 'utf8');
        const id = set.id(buf, 2, buf.length - 2);
        if (!byString.has(t)) byString.set(t, byString.size);
        expect(id, t).toBe(byString.get(t));
      }
      expect(set.size).toBe(terms.length);
      expect(set.strings()).toEqual([...byString.keys()]);
    }
  });

  it('tells apart terms of the same length and hash bucket, and the empty term', () => {
    const set = new ByteTermSet(2);
    const many = Array.from({ length: 5000 }, (_, i) => `<http://example.org/e${String(i).padStart(5, '0')}>`);
    const ids = many.map((t) => set.id(Buffer.from(t), 0, t.length));
    expect(new Set(ids).size).toBe(many.length);
    expect(many.map((t) => set.id(Buffer.from(t), 0, t.length))).toEqual(ids);
    const empty = set.id(Buffer.alloc(0), 0, 0);
    expect(set.id(Buffer.from('abc'), 1, 1)).toBe(empty);
    expect(set.strings()[empty]).toBe('');
  });
});
