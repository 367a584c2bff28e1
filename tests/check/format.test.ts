import { describe, expect, it } from 'vitest';
import jsonld from 'jsonld';
import { checkResultToJSON, formatCheckText, toClaimReview } from '../../src/check/index.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { check } = checkFixture();
const SCHEMA = 'https://schema.org/';

describe('JSON contract', () => {
  it('has exactly the documented keys', async () => {
    const j = checkResultToJSON(await check('Sylvania is a member of the League.'));
    expect(Object.keys(j).sort()).toEqual(['claim', 'evidence', 'explanation', 'interpretation', 'verdict']);
    expect(j.verdict).toBe('REFUTED');
    // sentence ids repeat across articles: each evidence item carries the sentence IRI and, when
    // the graph says, its article and the article's date (and `premise` for a premise sentence)
    for (const e of j.evidence) {
      const keys = Object.keys(e).sort();
      expect(keys.filter((k) => k !== 'article' && k !== 'articleDate' && k !== 'premise')).toEqual(['begin', 'claim', 'end', 'quotes', 'segment', 'sentence', 'sentenceIri', 'stance', 'text']);
      // the quotes are offsets into the article, their text the sentence's at those offsets
      for (const q of e.quotes) expect([...e.text].slice(q.begin - e.begin, q.end - e.begin).join('')).toBe(q.text);
    }
    expect(j.interpretation).toMatchObject({
      subject: { iri: 'https://w3id.org/claimgraph/resource/sylvania', label: 'Sylvania' },
      predicate: 'memberOf', polarity: 'positive', modality: 'stated', qualifiers: {},
    });
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });
  it('serialises qualifiers as plain values', async () => {
    const j = checkResultToJSON(await check('Freedonia signed energy deals worth US$ 5 million with Sylvania.'));
    expect(j.interpretation.qualifiers).toMatchObject({ amount: [{ value: '5000000', currency: 'USD' }] });
  });
});

describe('ClaimReview JSON-LD', () => {
  it('parses as JSON-LD with the required ClaimReview fields', async () => {
    const r = await check('Sylvania is a member of the League.');
    const doc = toClaimReview(r);
    const expanded = await jsonld.expand(doc as never);
    expect(expanded).toHaveLength(1);
    const review = expanded[0] as Record<string, any>;
    expect(review['@type']).toEqual([`${SCHEMA}ClaimReview`]);
    expect(review[`${SCHEMA}claimReviewed`][0]['@value']).toBe('Sylvania is a member of the League.');
    const rating = review[`${SCHEMA}reviewRating`][0];
    expect(rating[`${SCHEMA}alternateName`][0]['@value']).toBe('REFUTED');
    expect(rating[`${SCHEMA}ratingValue`][0]['@value']).toBe(1);
    const item = review[`${SCHEMA}itemReviewed`][0];
    expect(item['@type']).toEqual([`${SCHEMA}Claim`]);
    expect(item[`${SCHEMA}appearance`][0]['@id']).toBe('https://w3id.org/claimgraph/article/fixture-article');
    const citations = review[`${SCHEMA}citation`];
    expect(citations.map((c: any) => c['@id'])).toEqual([
      'https://w3id.org/claimgraph/article/fixture-article/sentence/s002',
      'https://w3id.org/claimgraph/article/fixture-article/sentence/s011',
    ]);
    const nquads = (await jsonld.toRDF(doc as never, { format: 'application/n-quads' })) as unknown as string;
    expect(nquads).toContain(`<${SCHEMA}ClaimReview>`);
    expect(nquads).toContain('"REFUTED"');
  });
  it('cites the given articles when there is no evidence', async () => {
    const r = await check('Marsovia is a member of the League.');
    const doc = toClaimReview(r, { articles: ['https://w3id.org/claimgraph/article/fixture-article'] }) as any;
    expect(doc.reviewRating.alternateName).toBe('NOT_ENOUGH_INFO');
    expect(doc.itemReviewed.appearance).toHaveLength(1);
    expect(doc.citation).toEqual([]);
  });
});

describe('text', () => {
  it('shows verdict, interpretation, explanation and evidence, highlighting with ANSI only on request', async () => {
    const r = await check('Freedonia is a member of the League.');
    const plain = formatCheckText(r);
    expect(plain).toMatch(/^SUPPORTED {2}Freedonia is a member of the League\./);
    expect(plain).toContain('predicate  cg:memberOf');
    expect(plain).toContain('s001 [body] 0-54 supports cgc:freedonia.memberOf.league');
    expect(plain).toContain('[Freedonia is a member of the League] of Nations States.');
    expect(plain).not.toContain('\u001b[');
    const color = formatCheckText(r, { color: true });
    expect(color).toContain('\u001b[43m\u001b[30mFreedonia is a member of the League\u001b[0m');
  });
});
