import { describe, expect, it } from 'vitest';
import { proposalId, sideKey, statementKey } from '../../src/suggest/keys.js';

const axioms = { inverse: new Map([['ledBy', 'leads'], ['leads', 'ledBy']]), symmetric: new Set(['rivalOf']) };

describe('statementKey', () => {
  it('reads an inverse property and a symmetric one both ways', () => {
    expect(statementKey({ subject: 'bank', predicate: 'ledBy', object: 'freedonia' }, axioms))
      .toBe(statementKey({ subject: 'freedonia', predicate: 'leads', object: 'bank' }, axioms));
    expect(statementKey({ subject: 'a', predicate: 'rivalOf', object: 'b' }, axioms))
      .toBe(statementKey({ subject: 'b', predicate: 'rivalOf', object: 'a' }, axioms));
  });
  it('tells polarity, modality and group specs apart, whatever the order of their lists', () => {
    const base = { subject: 'a', predicate: 'memberOf', object: 'b' };
    expect(statementKey(base, axioms)).not.toBe(statementKey({ ...base, polarity: 'negative' }, axioms));
    expect(statementKey(base, axioms)).not.toBe(statementKey({ ...base, modality: 'expected' }, axioms));
    expect(sideKey({ group: 'g', except: ['y', 'x'] })).toBe(sideKey({ group: 'g', except: ['x', 'y'], plus: [] }));
    expect(sideKey({ group: 'g' })).not.toBe(sideKey('g'));
  });
});

describe('proposalId', () => {
  it('names a proposal after its statement and keeps ids unique', () => {
    const taken = new Set(['acme-member-of-guild']);
    expect(proposalId({ subject: 'acme', predicate: 'memberOf', object: 'guild' }, taken)).toBe('acme-member-of-guild-2');
    expect(proposalId({ subject: 'acme', predicate: 'memberOf', object: 'guild', polarity: 'negative', modality: 'expected' }, taken))
      .toBe('acme-not-member-of-guild-expected');
    expect(proposalId({ subject: { group: 'g', except: ['x'], role: 'president' }, predicate: 'attended', object: 'gala' }, taken))
      .toBe('presidents-of-g-except-x-attended-gala');
  });
});
