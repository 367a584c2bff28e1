import { describe, expect, it } from 'vitest';
import { checkStructured } from '../../src/check/index.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const { store, ctx, check } = checkFixture();
const CGC = 'https://w3id.org/claimgraph/claim/';

describe('SUPPORTED', () => {
  it('by a direct positive claim, citing its sentence with offsets and the quote highlighted', async () => {
    const r = await check('Freedonia is a member of the League.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.evidence).toHaveLength(1);
    const e = r.evidence[0]!;
    expect(e).toMatchObject({ sentence: 's001', begin: 0, end: 54, claim: `${CGC}freedonia.memberOf.league`, segment: 'body' });
    expect(e.text).toBe('Freedonia is a member of the League of Nations States.');
    expect([...e.text].slice(e.highlights[0]!.begin, e.highlights[0]!.end).join('')).toBe('Freedonia is a member of the League');
  });
  it('through an inverse property', async () => {
    const r = await check('Sylvania founded the League.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('inverse property');
    expect((await check('Freedonia leads the Acme Bank.')).verdict).toBe('SUPPORTED');
  });
  it('through a symmetric property', async () => {
    expect((await check('Sylvania signed energy deals with Freedonia.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia is a rival of Sylvania.')).explanation).toContain('symmetry');
  });
  it('through a sub-property', async () => {
    const r = await check('Freedonia may provide assistance to Grand Fenwick.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('sub-property grantTo');
  });
  it('through a group-expanded claim node', async () => {
    const r = await check('Sylvania depends on Marsovia.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('expanded from a group statement');
  });
  it('for a group read as all its members', async () => {
    const r = await check('The Ruritanian countries depend on Marsovia.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.reason).toBe('group-all-members');
    expect(r.evidence.map((e) => e.claim).sort()).toEqual([`${CGC}freedonia.dependsOn.marsovia`, `${CGC}sylvania.dependsOn.marsovia`]);
  });
  it('for a possibility, saying the source states a possibility', async () => {
    const r = await check('Freedonia may provide US$ 2 million in grants to Grand Fenwick.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('possibility');
  });
  // round 34 (users27's writer): "may not" beside the source's "may" is no contradiction
  it('never refutes the possibility of a denial by a possibility, nor the reverse', async () => {
    for (const c of ['Freedonia may not provide grants to Grand Fenwick.', 'Perhaps Freedonia will not give Grand Fenwick grants.', 'Freedonia might never provide grants to Grand Fenwick.']) {
      const r = await check(c);
      expect(r.verdict, c).toBe('NOT_ENOUGH_INFO');
      expect(r.explanation, c).toContain('does not exclude the possibility of the contrary');
    }
  });
  it('for an expectation stated as one', async () => {
    expect((await check('Grand Fenwick is set to become a member of the League by 2030.')).verdict).toBe('SUPPORTED');
  });
  it('for a denial matching an explicit negative claim', async () => {
    expect((await check('Sylvania is not a member of the League.')).verdict).toBe('SUPPORTED');
    expect((await check('The President of Sylvania did not attend the Founders Gala.')).verdict).toBe('SUPPORTED');
  });
  it('through the acting person of a state', async () => {
    const r = await check('Teasdale signed energy deals with Sylvania.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('acting for Freedonia');
  });
  it('with matching amounts, years and first-in-office qualifiers', async () => {
    expect((await check('Freedonia signed deals worth USD 5,000,000 with Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('Rufus Firefly visited Sylvania in 2001.')).verdict).toBe('SUPPORTED');
    expect((await check('Teasdale was the first Freedonian PM to visit Grand Fenwick.')).verdict).toBe('SUPPORTED');
  });
  it('from a reader comment, marked as such', async () => {
    const r = await check('Sylvania is a rival of Freedonia.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.evidence[0]!.segment).toBe('comment');
  });
});

describe('REFUTED', () => {
  it('by an explicit negative claim (group exception)', async () => {
    const r = await check('Sylvania is a member of the League.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('explicit-negation');
    expect(r.explanation).toContain('explicit-negation');
    expect(r.evidence.map((e) => e.sentence)).toEqual(['s002', 's011']);
    expect(r.evidence[0]!.highlights).toHaveLength(1);
  });
  it('by a positive claim against a denial', async () => {
    expect((await check('Freedonia is not a member of the League.')).verdict).toBe('REFUTED');
    expect((await check('The Sylvanian president attended the Founders Gala.')).verdict).toBe('REFUTED');
  });
  it('by a conflicting amount', async () => {
    const r = await check('Freedonia signed energy deals worth US$ 7 million with Sylvania.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('qualifier-conflict');
    expect(r.explanation).toContain('USD 5,000,000');
  });
  it('by a conflicting value of a functional property', async () => {
    const r = await check('The canal pipeline became operational in 2004.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('functional-conflict');
  });
  it('by another subject of an inverse-functional property', async () => {
    const r = await check('Sylvania is the largest Ruritanian economy.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('functional-conflict');
  });
  it('not by another year of a repeatable relation, nor by another target year', async () => {
    // round 33 (fix26a): a visit may happen again (cg:repeatableProperty), so another year is held
    expect((await check('Rufus visited Sylvania in 2003.')).verdict).toBe('NOT_ENOUGH_INFO');
    // round 34: "by 2030" is a deadline, not a year: another one is left open (a later source may
    // have moved the expectation), never refuted
    expect((await check('Grand Fenwick is set to join the League by 2031.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Grand Fenwick is set to join the League by 2029.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('by a rank held by someone else', async () => {
    const r = await check('Sylvania is the largest importer of energy from Marsovia.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('rank-conflict');
  });
  it('by an earlier visit of another holder of the office', async () => {
    const r = await check('Teasdale was the first Prime Minister of Freedonia to visit Sylvania.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('earlier-office-holder');
    expect(r.explanation).toContain('Rufus Firefly');
  });
  it('by another first holder of the office', async () => {
    expect((await check('Rufus was the first Freedonian PM to visit Grand Fenwick.')).reason).toBe('earlier-office-holder');
  });
  it('for a group when a member is an exception', async () => {
    const r = await check('The Ruritanian states are members of the League.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('group-member-refuted');
  });
  it('for a group named with its number of members, and only with the right number', async () => {
    // Ruritania has two members in the fixture (Freedonia and Sylvania)
    const r = await check('All the two Ruritanian states are members of the League.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('group-member-refuted');
    // a wrong number is a count the group cannot meet: refuted by its membership claims
    const three = await check('The three Ruritanian states are members of the League.');
    expect(three.verdict).toBe('REFUTED');
    expect(three.explanation).toContain('of the 2 members of');
    expect(three.evidence.length).toBeGreaterThan(0);
  });
});

describe('NOT_ENOUGH_INFO', () => {
  it('when nothing in the graph decides (absence is not refutation)', async () => {
    const r = await check('Marsovia is a member of the League.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.evidence).toEqual([]);
    expect(r.explanation).toContain('absence is not refutation');
  });
  it('when the source states only an expectation', async () => {
    const r = await check('Grand Fenwick is a member of the League.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('only as an expectation');
    // the near miss is shown for context, marked as deciding nothing
    expect(r.evidence.length).toBeGreaterThan(0);
    expect(r.evidence.every((e) => e.stance === 'related')).toBe(true);
    expect(r.evidence[0]!.claim).toMatch(/grand-fenwick\.memberOf\.league\.expected/);
  });
  it('when the source states only a possibility', async () => {
    expect((await check('Freedonia provided grants to Grand Fenwick.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('for a non-functional relation with another value', async () => {
    expect((await check('Marsovia founded the League.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('when an amount is given in a currency the source does not use', async () => {
    const r = await check('Freedonia signed deals worth € 5 million with Sylvania.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('only in USD');
  });
  it('for an unknown entity', async () => {
    const r = await check('Atlantis is a member of the League.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('"Atlantis" is not an entity of the graph');
  });
  it('when sources disagree, citing both sides', async () => {
    const second = checkFixture(`
      cgc:sylvania.memberOf.league a cg:Claim ; rdf:subject cgr:sylvania ; rdf:predicate cg:memberOf ; rdf:object cgr:league ;
        cg:polarity cg:Positive ; cg:modality cg:Stated ; prov:wasDerivedFrom <https://w3id.org/claimgraph/article/other/sentence/s001> .
      <https://w3id.org/claimgraph/article/other/sentence/s001> a nif:Sentence ; cg:sentenceId "s001" ; nif:beginIndex 0 ; nif:endIndex 30 ;
        nif:anchorOf "Sylvania is in the League now." .`);
    const r = await second.check('Sylvania is a member of the League.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.conflict).toBe(true);
    expect(r.explanation).toContain('Sources disagree');
    expect(new Set(r.evidence.map((e) => e.stance))).toEqual(new Set(['supports', 'refutes']));
  });
});

describe('structured form', () => {
  it('checks subject, predicate, object and negation', async () => {
    expect((await checkStructured(store, { subject: 'sylvania', predicate: 'memberOf', object: 'league' }, { context: ctx })).verdict).toBe('REFUTED');
    expect((await checkStructured(store, { subject: 'sylvania', predicate: 'memberOf', object: 'league', negated: true }, { context: ctx })).verdict).toBe('SUPPORTED');
    // round 33 (fix26a): a visit in another year than the graph's is held (a visit may happen again)
    expect((await checkStructured(store, { subject: 'rufus', predicate: 'visited', object: 'sylvania', qualifiers: { year: '2003' } }, { context: ctx })).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await checkStructured(store, { subject: 'rufus', predicate: 'visited', object: 'sylvania', qualifiers: { year: '2001' } }, { context: ctx })).verdict).toBe('SUPPORTED');
  });
});

describe('modality entailment (cg:entailsModality in the ontology)', () => {
  it('a stated fact supports the same claim as a possibility or an expectation, and says so', async () => {
    const r = await check('Freedonia may be a member of the League.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('states it as a fact, which entails it as a possibility');
    expect(r.explanation).not.toContain('The source states this as a possibility');
  });

  it('comes from the ontology: without the axioms the stronger source only relates', async () => {
    const bare = checkFixture();
    bare.ctx.axioms.entailedModalities.clear();
    const r = await bare.check('Freedonia may be a member of the League.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
  });

  it('is read transitively and never towards a fact or a perception', () => {
    const m = ctx.axioms.entailedModalities;
    expect([...(m.get('stated') ?? [])].sort()).toEqual(['expected', 'possible', 'stated']);
    expect([...(m.get('possible') ?? [])]).toEqual(['possible']);
    expect([...(m.get('pledged') ?? [])].sort()).toEqual(['expected', 'pledged', 'possible']);
    expect(m.get('perceived')?.has('stated')).toBe(false);
  });

  it('a weaker source does not support a fact', async () => {
    expect((await check('Freedonia provided US$ 2 million in grants to Grand Fenwick.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('"G except X": the group members without the exceptions', () => {
  it('holds for the rest and cites each member claim', async () => {
    const r = await check('All Ruritanian states except Sylvania belong to the League.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('(all but Sylvania)');
    expect(r.interpretation?.subject).toMatchObject({ kind: 'entities', items: [{ label: 'Freedonia' }], excepted: [{ label: 'Sylvania' }] });
  });

  it('is refuted for a member the graph contradicts', async () => {
    const r = await check('Ruritania minus Freedonia belongs to the League.');
    expect(r.verdict).toBe('REFUTED');
  });

  it('is refuted when the graph states the claim for the exception', async () => {
    const r = await check('The Ruritanian countries other than Sylvania depend on Marsovia.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('makes Sylvania an exception');
  });

  it('needs a group on the left and one of its members on the right', async () => {
    await expect(check('Freedonia except Sylvania belongs to the League.')).rejects.toThrow(/could not read|not an entity/);
  });
});

describe('"some <group>": at least one member, never the whole group', () => {
  it('is supported by one member and not refuted by another', async () => {
    // Freedonia belongs to the League; the fixture's graph says Sylvania does not
    const r = await check('Some Ruritanian states belong to the League.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation?.subject).toMatchObject({ kind: 'count', n: 1, only: false });
    expect((await check('The Ruritanian states belong to the League.')).verdict).not.toBe('SUPPORTED');
  });

  it('"several" asks for two', async () => {
    const r = await check('Several Ruritanian states belong to the League.');
    expect(r.interpretation?.subject).toMatchObject({ kind: 'count', n: 2 });
    expect(r.verdict).not.toBe('SUPPORTED');
  });

  it('is supported by a statement of some unnamed members (cg:quantifier cg:Some), which names no member', async () => {
    const some = checkFixture(`
cgc:group.some-accepted a cg:GroupClaim ;
    cg:group cgr:the-region ; rdf:predicate cg:dependsOn ; rdf:object cgr:grand-fenwick ;
    cg:quantifier cg:Some ; cg:polarity cg:Positive ; cg:modality cg:Stated ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s001> .`);
    const c = some.check;
    const r = await c('Some Ruritanian states depend on Grand Fenwick.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('states it of some members of Ruritania');
    expect((await c('Several Ruritanian states depend on Grand Fenwick.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await c('Sylvania depends on Grand Fenwick.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

// round 15: an entity qualifier a participant holds the claim's own kind of relation with is a
// rival participant, not a description of it (src/check/verdict.ts `descriptiveQualifiers`)
// added: Freedonia's financial assistance to Sylvania for energy, and its grant to Grand Fenwick
// for neutrality (both also under the broader cg:providedAssistanceTo)
const aid = checkFixture(`
cgc:freedonia.financialAssistanceTo.sylvania.dddddd a cg:Claim ; rdf:subject cgr:freedonia ;
    rdf:predicate cg:financialAssistanceTo ; rdf:object cgr:sylvania ; cg:purpose cgr:energy ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s004> .
cgc:freedonia.grantTo.grand-fenwick.eeeeee a cg:Claim ; rdf:subject cgr:freedonia ;
    rdf:predicate cg:grantTo ; rdf:object cgr:grand-fenwick ; cg:purpose cgr:neutrality ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s007> .
cgr:freedonia cg:financialAssistanceTo cgr:sylvania ; cg:grantTo cgr:grand-fenwick ;
    cg:providedAssistanceTo cgr:sylvania, cgr:grand-fenwick .
`);
describe('a qualifier that names a rival participant is not a description', () => {
  it('keeps "in Grand Fenwick" when the giver also aids Grand Fenwick', async () => {
    const r = await aid.check('Freedonia extended financial assistance to Sylvania to develop energy in Grand Fenwick.');
    expect(r.verdict).not.toBe('SUPPORTED');
    expect(r.explanation).not.toContain('as describing');
  });

  it('still refutes through the claim without it (a claim that says more is refuted with it)', async () => {
    const r = await aid.check('Freedonia extended financial assistance to Sylvania for neutrality in Grand Fenwick.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toMatch(/^Set aside "Grand Fenwick"/);
  });

  it('without the place the claim is supported', async () => {
    expect((await aid.check('Freedonia extended financial assistance to Sylvania.')).verdict).toBe('SUPPORTED');
  });
});
describe('a bare count over a closed group is exact (round 15)', () => {
  // the fixture's two Ruritanian states both depend on Marsovia; here the graph also gives
  // Ruritania its number of members, so the group is closed
  const closed = checkFixture('cgr:the-region cg:memberCount "2"^^xsd:nonNegativeInteger .');
  it('refutes "one of the G" when more hold and every member is decided, with the count shown', async () => {
    const r = await closed.check('One of the Ruritanian states depends on Marsovia.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('it holds for 2, and 2 is not 1');
    expect((await closed.check('At least one of the Ruritanian states depends on Marsovia.')).verdict).toBe('SUPPORTED');
  });
  it('leaves it undecided when the graph does not give the group its number of members', async () => {
    expect((await checkFixture().check('One of the Ruritanian states depends on Marsovia.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});


describe('a denial as of its source\'s day against a bounded year (round 19)', () => {
  // the fixture's article says Sylvania is outside the League; here it is dated 1 May 2011 and
  // the denial is stated in it
  const dated = checkFixture(`cga:fixture-article schema:datePublished "2011-05-01"^^xsd:date .
cgc:sylvania.memberOf.league.neg cg:statedIn cga:fixture-article .`);
  it('decides no "after YEAR" or "before YEAR" that runs past the source\'s day (false REFUTED on 00eee83)', async () => {
    const after = await dated.check('Sylvania joined the League after 2011.');
    expect(after.verdict).toBe('NOT_ENOUGH_INFO');
    expect(after.explanation).toContain('after 2011');
    expect((await dated.check('Sylvania joined the League after 2010.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await dated.check('Sylvania joined the League before 2012.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  // round 36 (fix29a; users29's F2): a bounded year that ends before the source's day is no longer
  // decided by the denial of a state as of that day (were REFUTED / SUPPORTED): src/check/denial-time.ts `deniedOnlyFrom`
  it('decides no bounded year that ends before the source\'s day either, and still the claim with no time', async () => {
    expect((await dated.check('Sylvania joined the League before 2011.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await dated.check('Sylvania had not joined the League before 2011.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await dated.check('Sylvania did not join the League before 2012.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await dated.check('Sylvania joined the League.')).verdict).toBe('REFUTED');
  });
});

// round 21 (lead): a place said after an object the graph does not relate to it is that object's
// place, not a description of the subject the graph places there (src/check/verdict.ts
// `descriptiveQualifiers`)
describe('a place after the object is not read as describing the subject', () => {
  const works = checkFixture(`
cgc:acme-works.involvedIn.gas-plant.aaaaaa a cg:Claim ; rdf:subject cgr:acme-works ;
    rdf:predicate cg:involvedIn ; rdf:object cgr:gas-plant ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s004> .
cgr:acme-works a cg:Company ; rdfs:label "Acme Works" ; cg:locatedIn cgr:freedonia ; cg:involvedIn cgr:gas-plant .
cgr:gas-plant a cg:Plant ; rdfs:label "gas plant" .
`);
  it('keeps "in Freedonia" as the plant\'s place: undecided, not supported', async () => {
    const r = await works.check('Acme Works is involved in the construction of the gas plant in Freedonia.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).not.toContain('as describing');
  });
  it('without the place the claim is supported', async () => {
    expect((await works.check('Acme Works is involved in the construction of the gas plant.')).verdict).toBe('SUPPORTED');
  });
});

// round 35 (fix28a, users28 F10): "the first N to visit both A and B" is one collective deed
describe('round 35: the first office-holder to visit every member of a list', () => {
  it('is not refuted by an earlier holder who visited one member of the group only', async () => {
    const { check: visits } = checkFixture();
    expect((await visits('Gloria Teasdale was the first Prime Minister of Freedonia to visit Sylvania.')).verdict).toBe('REFUTED');
    expect((await visits('Gloria Teasdale was the first Prime Minister of Freedonia to visit every Ruritanian state.')).verdict).not.toBe('REFUTED');
    // "each of" says it one by one: the earlier visit refutes
    expect((await visits('Gloria Teasdale was the first Prime Minister of Freedonia to visit each Ruritanian state.')).verdict).toBe('REFUTED');
    expect((await visits('Gloria Teasdale was the first Prime Minister of Freedonia to visit any Ruritanian state.')).verdict).toBe('REFUTED');
    // a list said as a whole is one deed too; a bare list may stand for "either" (part-rewrites)
    expect((await visits('Gloria Teasdale was the first Prime Minister of Freedonia to visit both Sylvania and Grand Fenwick.')).verdict).not.toBe('REFUTED');
  });
});

// round 36 (users29 probes, F1): an observer of an organisation is no member of it (lexicon
// cg:standingOutsideRelation on cg:membershipLevel): the denial of membership does not decide it
describe('a standing outside the relation', () => {
  it('is neither refuted nor supported by the source denying the relation', async () => {
    expect((await check('Sylvania is a member of the League.')).verdict).toBe('REFUTED');
    const r = await check('Sylvania is a League observer.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).not.toContain('explicitly denies');
    expect((await check('Sylvania is an observer at the League.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Sylvania is not a League observer.')).verdict).toBe('NOT_ENOUGH_INFO');
    // a level inside membership is still refuted by the denial
    expect((await check('Sylvania is a full member of the League.')).verdict).toBe('REFUTED');
  });
});

// round 37 (branch fix30, users30's F4): "Abe spent a day in each of the five republics" was REFUTED by
// the whole tour's dates (7 days, not 1): a length said of each member is none of the whole's
describe('a length said of each member of a group', () => {
  const tour = checkFixture(`cgr:the-region cg:memberCount "2"^^xsd:nonNegativeInteger .
${fixtureClaim({ id: 'teasdale.visited.the-region', s: 'cgr:teasdale', p: 'cg:visited', o: 'cgr:the-region', more: 'cg:startDate "2010-10-22"^^xsd:date ; cg:endDate "2010-10-28"^^xsd:date' })}`);
  it('is not decided by the whole trip length', async () => {
    expect((await tour.check('Gloria Teasdale spent a day in each of the two states.')).verdict).toBe('NOT_ENOUGH_INFO');
    // the whole trip's length still decides a length said of the whole
    expect((await tour.check('Gloria Teasdale spent a day in Ruritania.')).verdict).toBe('REFUTED');
    // "all" (not "each"): the whole trip's length, as users20's "It took X 7 days to get round all five ..."
    expect((await tour.check('Gloria Teasdale spent a day in all two states.')).verdict).toBe('REFUTED');
  });
});
