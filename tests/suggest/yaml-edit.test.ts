import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appendToList } from '../../src/suggest/yaml-edit.js';
import { ClaimgraphError } from '../../src/errors.js';

const entry = { id: 'x', quote: 'Freedonia joined', subject: { group: 'g', except: ['y'] }, predicate: 'memberOf', object: 'league', qualifiers: { year: '2001', amounts: [{ value: '5', currency: 'USD' }] } };

describe('appendToList', () => {
  it('appends after the last entry and keeps every existing byte, comments included', () => {
    const src = '# head comment\narticle: a\nclaims:\n  # first\n  - id: a   # inline\n    quote: "q"\n    object: { group: g }\n# trailing\n';
    const out = appendToList(src, 'claims', [entry], 'c.yaml', { quoted: ['quote'] });
    const at = src.indexOf('# trailing');
    expect(out.startsWith(src.slice(0, at))).toBe(true);
    expect(out.endsWith('# trailing\n')).toBe(true);
    const data = parse(out);
    expect(data.claims.map((c: { id: string }) => c.id)).toEqual(['a', 'x']);
    expect(data.claims[1]).toEqual(entry);
    expect(out).toContain('    quote: "Freedonia joined"');
    expect(out).toContain('      year: "2001"');
  });
  it('turns an empty list into a block list', () => {
    for (const src of ['article: a\nclaims: []\n# example\n', 'article: a\nclaims:\n', 'article: a\n']) {
      const data = parse(appendToList(src, 'claims', [entry], 'c.yaml'));
      expect(data.claims).toEqual([entry]);
      expect(data.article).toBe('a');
    }
  });
  it('refuses a file that is not a mapping', () => {
    expect(() => appendToList('- a\n', 'claims', [entry], 'c.yaml')).toThrow(ClaimgraphError);
  });
});
