// Round 11 (branch own): a guest is not the host (src/check/disjoint-properties.ts), an event
// noun read again when the patterns' reading is undecided (readers.ts `whenUndecided`), an event
// noun in a time clause (src/check/event-clause.ts), "the bank" as the one bank named before it
// (src/check/class-anaphora.ts), and two swapped letters as one typo (src/check/fuzzy.ts).
// Each `it` fails on the code before the round.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';
import { typoDistance } from '../../src/check/fuzzy.js';
import { classAnaphoraRewrite } from '../../src/check/class-anaphora.js';
import { eventClauseRewrites } from '../../src/check/event-clause.js';

const ART = FIXTURE_ARTICLE;
const claim = (id: string, s: string, p: string, o: string, sentence = 's001'): string =>
  fixtureClaim({ id, s, p, o, sentence, asserted: true });

// Rufus Firefly hosted the Founders Gala, Gloria Teasdale was his guest there; the Acme
// Development Bank opened on March 1, 2015, and the graph holds its opening ceremony (undated)
const { ctx, check } = checkFixture(`
${claim('rufus.hostOf.gala', 'cgr:rufus', 'cg:hostOf', 'cgr:gala')}
${claim('teasdale.guestOf.gala', 'cgr:teasdale', 'cg:guestOf', 'cgr:gala', 's002')}
${claim('acme-bank.openedOn.2015-03-01', 'cgr:acme-bank', 'cg:openedOn', '"2015-03-01"^^xsd:date', 's003')}
cgc:rufus.visited.marsovia a cg:Claim ; rdf:subject cgr:rufus ; rdf:predicate cg:visited ; rdf:object cgr:marsovia ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <${ART}/sentence/s005> ; cg:lastInOffice cgr:pm-of-freedonia .
cgr:rufus cg:visited cgr:marsovia .
cgr:charter a cg:Agreement ; rdfs:label "Gala Charter" .
${claim('charter.enteredIntoForceOn.2011-05-03', 'cgr:charter', 'cg:enteredIntoForceOn', '"2011-05-03"^^xsd:date', 's004')}
cgr:acme-opening a cg:Event ; rdfs:label "opening ceremony of the Acme Bank" ;
    skos:altLabel "opening of the Acme Bank", "the Acme Bank's opening" .
`);

describe('a guest is not the host (owl:propertyDisjointWith)', () => {
  it('refutes the guest as host, and supports its denial', async () => {
    const r = await check('Gloria Teasdale hosted the Founders Gala.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('disjoint-property');
    expect((await check('Gloria Teasdale played host to the Founders Gala.')).verdict).toBe('REFUTED');
    expect((await check('Gloria Teasdale did not host the Founders Gala.')).verdict).toBe('SUPPORTED');
    // the host was no guest ("a guest at" reads cg:guestOf as well as cg:attended)
    expect((await check('Rufus Firefly was a guest at the Founders Gala.')).verdict).toBe('REFUTED');
    expect((await check('Gloria Teasdale was a guest at the Founders Gala.')).verdict).toBe('SUPPORTED');
  });
  it('decides nothing of a host the graph says nothing of', async () => {
    expect((await check('The President of Sylvania hosted the Founders Gala.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('an event noun read as its verb when the patterns read it undecided', () => {
  it('dates "the opening of X" by X opening, not by the undated ceremony', async () => {
    expect((await check('The opening of the Acme Bank took place in 2014.')).verdict).toBe('REFUTED');
    expect((await check("The Acme Bank's opening happened in March 2015.")).verdict).toBe('SUPPORTED');
  });
});

describe('an event noun in a time clause', () => {
  it('is said as a clause', () => {
    expect(eventClauseRewrites(ctx, "Rufus Firefly visited Sylvania before the Acme Bank's opening.").map((r) => r.claim))
      .toEqual(['Rufus Firefly visited Sylvania before the Acme Bank opened', 'Rufus Firefly visited Sylvania before the Acme Bank was opened']);
    expect(eventClauseRewrites(ctx, 'Rufus Firefly visited Sylvania after the opening of the Acme Bank.')[0]?.claim)
      .toBe('Rufus Firefly visited Sylvania after the Acme Bank opened');
    expect(eventClauseRewrites(ctx, "Rufus Firefly did not visit Sylvania before the Acme Bank's opening.")).toEqual([]);
  });
  it('is decided by the dates the graph gives', async () => {
    expect((await check("The Gala Charter entered into force before the Acme Bank's opening.")).verdict).toBe('SUPPORTED');
    expect((await check('The Gala Charter entered into force after the opening of the Acme Bank.')).verdict).toBe('REFUTED');
  });
});

describe('"the bank": the one bank named before it', () => {
  it('is read as that bank', async () => {
    expect(classAnaphoraRewrite(ctx, 'The Acme Development Bank opened in 2015, and Freedonia leads the bank.')?.claim)
      .toBe('The Acme Development Bank opened in 2015, and Freedonia leads the Acme Development Bank.');
    const r = await check('The Acme Bank opened in 2015, and Freedonia leads the bank.');
    expect(r.verdict).toBe('SUPPORTED');
  });
  it('is not read without one such thing before it, nor as a description', () => {
    expect(classAnaphoraRewrite(ctx, 'Freedonia leads the bank.')).toBeUndefined();
    expect(classAnaphoraRewrite(ctx, 'The Acme Bank opened in 2015, and Freedonia leads the bank of Sylvania.')).toBeUndefined();
  });
});

describe('two swapped letters are one typo', () => {
  it('counts a transposition as one edit', () => {
    expect(typoDistance('nakoa', 'nakao')).toBe(1);
    expect(typoDistance('abcd', 'abdc')).toBe(1);
    expect(typoDistance('abcd', 'badc')).toBeGreaterThan(1);
  });
  it('links a name with two letters swapped', async () => {
    expect((await check('Rufus Firefly visited Sylvnaia in 2001.')).verdict).toBe('SUPPORTED');
  });
});

describe('"first" and "last" among an office\'s holders', () => {
  it('the last holder to do it is not thereby the first', async () => {
    expect((await check('Rufus Firefly was the last Prime Minister of Freedonia to visit Marsovia.')).verdict).toBe('SUPPORTED');
    expect((await check('Rufus Firefly was the first Prime Minister of Freedonia to visit Marsovia.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('no holder was the last to do it before the first one', async () => {
    const r = await check('Rufus Firefly was the last Prime Minister of Freedonia to visit Grand Fenwick before Gloria Teasdale.');
    expect(r.verdict).toBe('REFUTED');
  });
});
