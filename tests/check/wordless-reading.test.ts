// Readings through a pattern with no word of its own (src/check/wordless-reading.ts, round 30):
// one known name cut in two, and a bare list member given another clause's subject.
import { describe, expect, it } from 'vitest';
import { splitsOneName, wordlessPattern } from '../../src/check/wordless-reading.js';
import type { Interpretation } from '../../src/check/types.js';
import { checkFixture } from '../helpers/check-fixture.js';

const CG = 'https://w3id.org/claimgraph/ontology#';
const { ctx, check } = checkFixture(`
cgr:quincy a cg:Person ; rdfs:label "Zeppo Quincy" ; skos:altLabel "Quincy" .
`);

const reading = (pattern: string, subject: Interpretation['subject'], object: Interpretation['object']): Interpretation => ({
  subject, object, predicate: `${CG}holdsOffice`, predicateName: 'holdsOffice', polarity: 'positive', modality: 'stated', qualifiers: {}, pattern,
});
const quincy = { kind: 'entity' as const, iri: 'https://w3id.org/claimgraph/resource/quincy', label: 'Zeppo Quincy', mention: 'Quincy' };

describe('wordless-reading: two names side by side', () => {
  it('knows a pattern of slots alone', () => {
    expect(wordlessPattern('{o} {s}')).toBe(true);
    expect(wordlessPattern('{s} {o}')).toBe(true);
    expect(wordlessPattern('{s} serve as {o}')).toBe(false);
    expect(wordlessPattern(undefined)).toBe(false);
  });

  it('refuses one known name cut into an unknown office and its holder', () => {
    expect(splitsOneName(ctx, reading('{o} {s}', quincy, { kind: 'unknown-entity', mention: 'Zeppo' }))).toBe(true);
    // near misses: words of its own, or both sides unknown or known, or two names that are not one
    expect(splitsOneName(ctx, reading('{s} serve as {o}', quincy, { kind: 'unknown-entity', mention: 'Zeppo' }))).toBe(false);
    expect(splitsOneName(ctx, reading('{o} {s}', quincy, { kind: 'unknown-entity', mention: 'Chancellor' }))).toBe(false);
  });

  it('gives no bare list member the first clause\'s subject', async () => {
    const r = await check('Rufus Firefly visited Sylvania, Freedonia and Grand Fenwick, none of which he had seen before.').catch(() => undefined);
    expect(r?.verdict ?? 'NOT_ENOUGH_INFO').toBe('NOT_ENOUGH_INFO');
    expect(JSON.stringify(r?.parts ?? []).includes('nationality')).toBe(false);
  });
});
