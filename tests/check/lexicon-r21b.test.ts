// Round 21 (branch unreadsr21b): lexicon entries only (ontology/lexicon.ttl): a body "formally
// opened" is opened (as "formally inaugurated" was), a visit that "came to an end" ended, a bank
// that "opened with an authorised capital of" X has that capital. Each `it` fails without its
// entry (the claims were unread). Fixture graph, fictional entities.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the fixture plus: Rufus Firefly's visit to Marsovia from 2001-03-02 to 2001-03-09; the Acme bank
// opened on 2016-01-16 with an authorised capital of USD 100 billion
const claim = (id: string, s: string, p: string, o: string): string =>
  fixtureClaim({ id, s, p, o, modality: 'Stated', more: 'cg:statedIn cga:fixture-article' });
const { check } = checkFixture(`
cgc:rufus.visited.marsovia a cg:Claim ; rdf:subject cgr:rufus ; rdf:predicate cg:visited ; rdf:object cgr:marsovia ;
    cg:startDate "2001-03-02"^^xsd:date ; cg:endDate "2001-03-09"^^xsd:date ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .
${claim('acme-bank.authorisedCapitalUSD', 'cgr:acme-bank', 'cg:authorisedCapitalUSD', '"100000000000"^^xsd:decimal')}
cgr:acme-bank cg:authorisedCapitalUSD "100000000000"^^xsd:decimal .
${claim('acme-bank.openedOn', 'cgr:acme-bank', 'cg:openedOn', '"2016-01-16"^^xsd:date')}
cgr:acme-bank cg:openedOn "2016-01-16"^^xsd:date .`);

describe('"formally opened"', () => {
  it('is read as the opening, both ways', async () => {
    const r = await check('The Acme bank formally opened in January 2016.');
    expect(r.interpretation.predicate).toMatch(/#openedOn$/);
    expect(r.verdict).toBe('SUPPORTED');
    expect((await check('The Acme bank formally opened in March 2016.')).verdict).toBe('REFUTED');
  });
});

describe('a visit that came to an end', () => {
  it('ended on that day, both ways', async () => {
    const r = await check("Rufus Firefly's visit to Marsovia came to an end on March 9, 2001.");
    expect(r.interpretation.predicate).toMatch(/#visited$/);
    expect(r.verdict).toBe('SUPPORTED');
    expect((await check("Rufus Firefly's visit to Marsovia came to an end on March 5, 2001.")).verdict).toBe('REFUTED');
  });
});

describe('a bank that opened with an authorised capital', () => {
  it('has that capital, both ways', async () => {
    const r = await check('The Acme bank opened with an authorised capital of US$ 100 billion.');
    expect(r.interpretation.predicate).toMatch(/#authorisedCapitalUSD$/);
    expect(r.verdict).toBe('SUPPORTED');
    expect((await check('The Acme bank opened with an authorised capital of US$ 50 billion.')).verdict).toBe('REFUTED');
  });
});
