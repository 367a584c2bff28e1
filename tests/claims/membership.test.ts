/**
 * expandGroups' `membership`: claims that count for group membership only (the corpus build
 * lends each article the `partOf` claims of other articles). The expansion must be the one of
 * the claims taken together, without the lent claims being resolved into claims of their own.
 */
import { describe, expect, it } from 'vitest';
import { expandGroups, type CompiledClaim, type EntityIndex } from '../../src/claims/index.js';

const entities: EntityIndex = new Map(['guild', 'acme', 'bolt', 'corp'].map((id) => [id, { id, types: ['Organization'], label: id, altLabels: [], facts: [], pos: { file: 'e.yaml', line: 1 } }]));

function claim(article: string, id: string, subject: CompiledClaim['subject'], predicate: string, object: CompiledClaim['object'], sentenceId: string): CompiledClaim {
  return {
    id, article, pos: { file: `${article}/claims.yaml`, line: 1 }, quotes: [{ begin: 0, end: 4, text: 'text', sentenceId, segmentId: 'p1' }],
    subject, predicate, object, polarity: 'positive', modality: 'stated', qualifiers: [], amounts: [], speaker: { kind: 'article' }, distribute: [],
  };
}
const entity = (id: string) => ({ type: 'entity' as const, id });
const group = { type: 'group' as const, spec: { group: 'guild', plus: [], except: [], quantifier: 'all' as const } };

describe('expandGroups membership', () => {
  const own = [
    claim('a', 'acme-in', entity('acme'), 'partOf', entity('guild'), 's1'),
    claim('a', 'guild-sues', group, 'sues', entity('corp'), 's2'),
  ];
  const lent = [
    claim('b', 'bolt-in', entity('bolt'), 'partOf', entity('guild'), 's7'),
    claim('b', 'acme-in', entity('acme'), 'partOf', entity('guild'), 's3'),
  ];

  it('expands with the lent members and cites their sentences, as with every claim resolved', () => {
    const together = expandGroups([...own, ...lent], entities, new Map());
    const lentOnly = expandGroups(own, entities, new Map(), lent);
    // the same claims of article a, in the same order, with the same citations
    expect(lentOnly.claims).toEqual(together.claims.filter((c) => c.article === 'a'));
    expect(lentOnly.groups).toEqual(together.groups);
    const bolt = lentOnly.claims.find((c) => c.claimId === 'a#guild-sues/bolt');
    expect(bolt?.sentences).toEqual([{ article: 'a', sentenceId: 's2' }, { article: 'b', sentenceId: 's7' }]);
    const acme = lentOnly.claims.find((c) => c.claimId === 'a#guild-sues/acme');
    expect(acme?.sentences).toEqual([{ article: 'a', sentenceId: 's1' }, { article: 'a', sentenceId: 's2' }, { article: 'b', sentenceId: 's3' }]);
  });

  it('resolves no lent claim into a claim', () => {
    const { claims } = expandGroups(own, entities, new Map(), lent);
    expect(claims.some((c) => c.article === 'b')).toBe(false);
    expect(claims.map((c) => c.claimId)).toEqual(['a#acme-in', 'a#guild-sues/acme', 'a#guild-sues/bolt']);
  });
});
