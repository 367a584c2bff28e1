// What kind of thing an entity is (src/check/kinds.ts): the graph's types and the ontology's
// disjoint classes decide "X is a city", "X is the Freedonian prime minister" of a pipeline.
import { describe, expect, it } from 'vitest';
import { decideKind, readKind, undecidedModifiedKind } from '../../src/check/kinds.js';
import { checkFixture, checkGraphDir, officeHolder } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

// the fixture: Rufus Firefly a person, Freedonia a country in Ruritania, the canal pipeline
const { ctx, check } = checkFixture();
const never = async () => undefined;

describe('a claim about the kind of an entity', () => {
  it('is refuted when the graph types the entity as a class disjoint with the one claimed', async () => {
    const r = await check('Rufus Firefly is a city.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('disjoint-kind');
    expect(r.explanation).toContain('owl:AllDisjointClasses');
    expect(r.explanation).toContain('uncited');
    expect((await check('Rufus Firefly is not a city.')).verdict).toBe('SUPPORTED');
    // a lexicon noun for a class ("town": a city), and a noun after modifiers
    expect((await check('Freedonia canal pipeline is a Ruritanian town.')).verdict).toBe('REFUTED');
  });

  it('takes an office for its holder\'s kind, and refutes it of what cannot hold one, whatever follows', async () => {
    expect(readKind(ctx, 'The canal pipeline is the Freedonian prime minister who visited Sylvania.')).toBeUndefined();
    const k = readKind(ctx, 'The canal pipeline is the Freedonian prime minister who visited Sylvania.', { offices: true });
    expect(k?.viaOffice).toBe(true);
    expect(k?.clause).toBe('visited Sylvania');
    expect((await check('The canal pipeline is the Freedonian prime minister who visited Sylvania.')).verdict).toBe('REFUTED');
    // (round 40) a loose office noun a country is said to hold as a figure (the lexicon's
    // cg:countryOfficeNoun): no kind read of a country, still one of a pipeline
    expect(readKind(ctx, 'Freedonia is the head of Sylvania.', { offices: true })).toBeUndefined();
    expect(readKind(ctx, "Freedonia is Sylvania's boss.", { offices: true })).toBeUndefined();
    expect(readKind(ctx, 'The canal pipeline is the head of Sylvania.', { offices: true })?.viaOffice).toBe(true);
    expect(readKind(ctx, 'Freedonia is the president of Sylvania.', { offices: true })?.viaOffice).toBe(true);
    // a person may hold it: not decided here (the office readers decide it)
    expect(await decideKind(ctx, 'Rufus Firefly is the Freedonian prime minister.', never, { offices: true })).toBeUndefined();
  });

  it('supports the class the graph gives, and reads "in Y" as a claim of its own', async () => {
    expect((await check('Freedonia is a country.')).verdict).toBe('SUPPORTED');
    const r = await check('Freedonia is a country in Ruritania.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('Read as "Freedonia is in Ruritania"');
    // modifiers are more than the kind: not decided here
    expect(await decideKind(ctx, 'Freedonia is a large country.', never)).toBeUndefined();
  });

  it('says nothing when the classes are neither shared nor disjoint', async () => {
    // a country is an agent (a superclass): supported; a delegation is an agent the ontology does not
    // declare disjoint with a country
    expect((await decideKind(ctx, 'Freedonia is an agent.', never))?.verdict).toBe('SUPPORTED');
    expect(await decideKind(ctx, 'Marsovia is a delegation.', never)).toBeUndefined();
  });
});

describe('a kind said of a group the entity is put in (round 18)', () => {
  // the fixture plus: the Acme field, a gas field
  const { ctx: fieldCtx, check: checkField } = checkFixture('cgr:acme-field a cg:GasField ; rdfs:label "Acme gas field" ; skos:altLabel "Acme field" .');
  it('refutes "one of / among the <noun>s" of a class disjoint with the entity\'s, and supports its denial', async () => {
    expect(readKind(fieldCtx, 'The Acme field is one of the largest oil fields in the world.')).toMatchObject({ among: true, place: 'the world' });
    const r = await checkField('The Acme field is one of the largest oil fields in the world.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('gas field and oil field disjoint');
    expect((await checkField('The Acme field is among the biggest oil fields.')).verdict).toBe('REFUTED');
    expect((await checkField('The Acme field is not one of the largest oil fields.')).verdict).toBe('SUPPORTED');
    expect((await checkField('Rufus Firefly is one of the largest cities in Freedonia.')).verdict).toBe('REFUTED');
  });
  it('decides nothing when the entity is of the class: which ones is more than the kind', async () => {
    expect(await decideKind(fieldCtx, 'The Acme field is one of the largest gas fields in the world.', never)).toBeUndefined();
    expect(await decideKind(fieldCtx, 'The Acme field is one of the gas fields.', never)).toBeUndefined();
  });
});

describe('a kind with words before the class noun, of an entity of that class (round 22)', () => {
  it('is read as the class and left NOT_ENOUGH_INFO, the words shown; a disjoint kind still refutes', async () => {
    expect(undecidedModifiedKind(ctx, 'Freedonia is a large country.')).toMatchObject({ verdict: 'NOT_ENOUGH_INFO', reason: 'no-claim' });
    const r = await check('Freedonia is a large country.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.interpretation.predicateName).toBe('type');
    expect(r.explanation).toContain('"large"');
    // no words before the noun, a class the entity is not of, or a place after it: not this reader's
    expect(undecidedModifiedKind(ctx, 'Freedonia is a country.')).toBeUndefined();
    expect(undecidedModifiedKind(ctx, 'Marsovia is a large delegation.')).toBeUndefined();
    expect(undecidedModifiedKind(ctx, 'Freedonia is a large country in Ruritania.')).toBeUndefined();
    expect((await check('Freedonia canal pipeline is a Ruritanian town.')).verdict).toBe('REFUTED');
  });
  it('holds "a research centre" said of a place as it holds "a financial centre" (round 37, precision37)', async () => {
    for (const claim of ['Freedonia is a research centre.', 'Freedonia is a research center.']) {
      const r = await check(claim);
      expect(r.verdict, claim).toBe('NOT_ENOUGH_INFO');
      expect(r.explanation, claim).toContain('cg:broadClassNoun');
    }
  });
});

// round 32 (desc32): "X is the bank in Zenda's president" says X is a president, not a bank (main
// refuted a person as a bank there)
describe('a possessive after the place', () => {
  it('is no kind claim of the noun before it', async () => {
    expect(readKind(ctx, "Rufus Firefly is the bank in Ruritania's president.")).toBeUndefined();
    expect((await decideKind(ctx, "Rufus Firefly is the bank in Ruritania's president.", never))?.verdict).toBeUndefined();
    // without the possessive it is one, and the person is refuted as a bank
    expect(readKind(ctx, 'Rufus Firefly is the bank in Ruritania.')?.cls).toBe('https://w3id.org/claimgraph/ontology#MultilateralBank');
    expect((await decideKind(ctx, 'Rufus Firefly is the bank in Ruritania.', never))?.verdict).toBe('REFUTED');
  });
});

// round 33 (fix26a, users26): "Manas is a city" of the airport named "Manas International
// Airport" was refuted from the airport's kind; a name cut short before its kind noun may be
// another thing's whole name (a city called Zenda), so the kind conflict decides nothing
describe('a kind claim of a name cut short before its kind noun (kindCutFrom)', () => {
  const cut = checkFixture(`
cgr:zenda-airport a cg:Airport ;
    rdfs:label "Zenda International Airport" ;
    skos:altLabel "Zenda", "Zenda airport" .
`);
  it('holds the claim and its denial when the name leaves out the kind noun', async () => {
    for (const claim of ['Zenda is a city.', 'Zenda is not a city.', 'Zenda is a town in Freedonia.']) {
      const r = await cut.check(claim);
      expect(r.verdict, claim).toBe('NOT_ENOUGH_INFO');
    }
    expect((await cut.check('Zenda is a city.')).explanation).toContain('cut short');
  });
  it('still refutes the whole name, a name with its kind noun, and a name cut without one', async () => {
    expect((await cut.check('Zenda International Airport is a city.')).verdict).toBe('REFUTED');
    expect((await cut.check('Zenda airport is a city.')).verdict).toBe('REFUTED');
    // "Firefly" leaves out "Rufus", no kind noun: a person is no city
    expect((await cut.check('Firefly is a city.')).verdict).toBe('REFUTED');
  });
  // round 33 (lead, at the merge): an office has its holder whoever the cut name stands for, so
  // the office reader decides it ("Galkynysh is the president of Turkmenistan" went undecided)
  it('leaves an office to the office reader', async () => {
    const held = checkFixture(`
cgr:zenda-airport a cg:Airport ;
    rdfs:label "Zenda International Airport" ;
    skos:altLabel "Zenda", "Zenda airport" .
${officeHolder('teasdale', 1)}`);
    expect((await held.check('Zenda is the President of Sylvania.')).verdict).toBe('REFUTED');
  });
});

// round 33 (lead, at the merge): a class of the same head as the kind the name leaves out is a
// claim about that thing's kind ("Galkynysh is an oil field" of the Galkynysh gas field): decided
describe('a cut name given a kind of the same head', () => {
  it('is decided by the thing\'s kind, and another kind still held', async () => {
    const { check } = await checkGraphDir(corpusFixture);
    expect((await check('Galkynysh is an oil field.')).verdict).toBe('REFUTED');
    expect((await check('Galkynysh is not an oil field.')).verdict).toBe('SUPPORTED');
    expect((await check('Manas is a city.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

// Round 35 (roles35): "X is a K <participle> by Y", a reduced relative after the class noun: the
// kind from the graph's types, the participle's statement checked ("X was <participle> by Y").
describe('a kind with a participle and its agent (round 35)', () => {
  it('reads the participle after the noun apart from the kind', () => {
    expect(readKind(ctx, 'The League is an organisation initiated by Sylvania.')?.passive).toBe('initiated by Sylvania');
    expect(readKind(ctx, 'The League is an organisation initiated by Sylvania.')?.cls).toBe('https://w3id.org/claimgraph/ontology#Organisation');
  });
  it('decides by the kind and the participle\'s statement', async () => {
    const r = await check('The League is an organisation initiated by Sylvania.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toMatch(/was initiated by Sylvania/);
    expect((await check('The Acme Development Bank is an institution led by Freedonia.')).verdict).toBe('SUPPORTED');
  });
});

// round 36 (users29 probes, F4): "a lender", "a financial centre", "a river bank" are no class's own
// name: a country lends, a city is a centre (lexicon cg:broadClassNoun, cg:homonymClassNoun)
describe('a class noun that names other kinds of thing too', () => {
  it('is not refuted by a disjoint kind, and shows its reading', async () => {
    for (const claim of ['Freedonia is a lender.', 'Freedonia is an infrastructure lender.', 'Freedonia is a financial centre.',
      'Rufus Firefly is a lender.', 'Freedonia is not a financial centre.', 'Freedonia is a river bank.', 'Freedonia is a playing field.']) {
      const r = await check(claim);
      expect(r.verdict, claim).toBe('NOT_ENOUGH_INFO');
      expect(r.interpretation.predicateName, claim).toBe('type');
    }
    expect((await check('Freedonia is a lender.')).explanation).toContain('cg:broadClassNoun');
  });
  it('still refutes the class\'s own name, a bare class noun, and a capitalised word before one', async () => {
    expect((await check('Freedonia is a bank.')).verdict).toBe('REFUTED');
    expect((await check('Freedonia is a development bank.')).verdict).toBe('REFUTED');
    expect((await check('Freedonia is a natural gas field.')).verdict).toBe('REFUTED');
    expect((await check('Freedonia canal pipeline is a Ruritanian town.')).verdict).toBe('REFUTED');
  });
});

// round 38 (misses30, users30 "Mary is a Turkmen city"): a city said with a country's demonym
describe('a city said with a demonym', async () => {
  const { fixtureClaim } = await import('../helpers/check-fixture.js');
  const town = checkFixture(`
cgr:tarsk a cg:City ; rdfs:label "Tarsk" .
${fixtureClaim({ id: 'tarsk.locatedIn.sylvania', s: 'cgr:tarsk', p: 'cg:locatedIn', o: 'cgr:sylvania', sentence: 's001' })}
`);
  it('is a city in the country the demonym names', async () => {
    const r = await town.check('Tarsk is a Sylvanian city.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('Read as "Tarsk is in Sylvania"');
    expect((await town.check('Tarsk is a Freedonian town.')).verdict).toBe('REFUTED');
  });
  it('is not read of a thing that is no city, nor with a word that is no demonym', async () => {
    // a pipeline may cross several countries: its demonym is not where it is
    expect((await town.check('Freedonia canal pipeline is a Sylvanian pipeline.').catch(() => undefined))?.verdict).not.toBe('SUPPORTED');
    expect((await town.check('Tarsk is a big city.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('(round 41) a kind read from one clause only', () => {
  it('does not run the noun phrase past a clause boundary into the next clause\'s noun', () => {
    // the second clause ends on a class noun: read as the subject's kind, it refuted the whole claim
    for (const claim of [
      'Rufus Firefly is the Freedonian leader, and the fair was a big event.',
      'Rufus Firefly is the Freedonian leader, plus Sylvania will open an office.',
      'Rufus Firefly is the Freedonian leader; Gala is a city.',
      'Rufus Firefly is the Freedonian leader - and Gala is a city.',
      'Rufus Firefly is the Freedonian leader (Gala is its biggest city).',
      'Rufus Firefly is the Freedonian leader. Also, Sylvania will open an office.',
      'Rufus Firefly is the Freedonian leader and the canal is a pipeline.',
      'Rufus Firefly is not a city, but Gala is a city.',
      'Rufus Firefly is the Freedonian leader the fair was a big event.',
    ]) expect(readKind(ctx, claim), claim).toBeUndefined();
    // one clause is still read: a plain kind, a coordinated noun, a place with its country
    expect(readKind(ctx, 'Rufus Firefly is a city.')?.noun).toBe('city');
    expect(readKind(ctx, 'Rufus Firefly is an oil and gas field.')).toBeDefined();
    expect(readKind(ctx, 'Freedonia canal pipeline is a town in Gala, Ruritania.')).toBeDefined();
  });

  it('leaves the claim to its clauses: a true first clause does not refute the whole', async () => {
    // (left unread or NOT_ENOUGH_INFO: the fair is no fact of the fixture)
    expect((await check('Rufus Firefly is a person, and the fair was a big event.').catch(() => undefined))?.verdict).not.toBe('REFUTED');
    // a refuted clause still refutes the conjunction, through the compound reader
    expect((await check('Rufus Firefly is a city, and Freedonia is a country.')).verdict).toBe('REFUTED');
  });
});
