import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import N3 from 'n3';
import { describe, expect, it } from 'vitest';
import { buildCheckContext } from '../../src/check/index.js';
import { loadGraphStore } from '../../src/graph/index.js';
import { compilePattern } from '../../src/check/pattern.js';
import { projectRoot, corpusFixture } from '../helpers/cli.js';
import { checkFixtureStore } from '../helpers/check-fixture.js';

const CG = 'https://w3id.org/claimgraph/ontology#';

describe('ontology/lexicon.ttl', () => {
  const ctx = buildCheckContext(checkFixtureStore(), { dir: projectRoot });
  it('compiles, and attaches patterns only to properties of the ontology', () => {
    expect(ctx.relations.length).toBeGreaterThan(100);
    for (const r of ctx.relations) expect(ctx.axioms.properties.get(r.name)).toBe(r.property);
    expect(ctx.adjuncts.length).toBeGreaterThan(10);
    expect(ctx.markers.some((m) => m.polarity === 'negative')).toBe(true);
  });
  it('has at least one pattern for every relation property of the ontology', () => {
    const onto = new N3.Store(new N3.Parser().parse(readFileSync(join(projectRoot, 'ontology/claimgraph.ttl'), 'utf8')));
    const relations = onto.getSubjects('http://www.w3.org/1999/02/22-rdf-syntax-ns#type', `${CG}RelationProperty`, null).map((t) => t.value);
    const covered = new Set(ctx.relations.map((r) => r.property));
    expect(relations.filter((p) => !covered.has(p))).toEqual([]);
  });
  it('names no entity of the article: patterns are generic language', async () => {
    const src = readFileSync(join(projectRoot, 'ontology/lexicon.ttl'), 'utf8');
    const real = buildCheckContext(await loadGraphStore(corpusFixture), { dir: corpusFixture });
    const labels = [...real.entityLabel.values()].filter((l) => /^[A-Z]/.test(l) && l.length > 3);
    expect(labels.length).toBeGreaterThan(20);
    for (const l of labels) expect(src).not.toContain(l);
  });
  it('keeps claim-only patterns for the checker and flags them for suggest (cg:claimOnlyPattern)', () => {
    const src = readFileSync(join(projectRoot, 'ontology/lexicon.ttl'), 'utf8');
    const lex = new N3.Store(new N3.Parser().parse(src));
    const declared = lex.getQuads(null, `${CG}claimOnlyPattern`, null, null).map((q) => q.object.value);
    expect(declared.length).toBeGreaterThan(0);
    // each is still a pattern the checker reads, flagged (a relation) or left out of the article adjuncts
    const flagged = ctx.relations.filter((r) => r.claimOnly).map((r) => r.pattern.source);
    const dropped = ctx.adjuncts.filter((a) => !ctx.articleAdjuncts.includes(a)).map((a) => a.source);
    expect([...flagged, ...dropped].sort()).toEqual([...declared].sort());
    expect(ctx.articleAdjuncts.length).toBe(ctx.adjuncts.length - dropped.length);
  });
  it('leaves out of a pattern word\'s other words the WordNet words listed as not it (cg:notOtherWord, round 16)', () => {
    // "leave" shares only a rare sense with "lead" ("the water left a mark"): "X left Y" is no leading
    expect(ctx.derived.relations.get('lead')?.some((e) => e.word === 'leave')).toBe(false);
    // round 41 (sense41): lead names its sense (cg:wordSense "be in charge of"), so "guide" (lead
    // as taking someone somewhere) is no other word for it either; the word stays listed
    expect(ctx.derived.relations.get('lead')?.some((e) => e.word === 'guide')).toBe(false);
    expect(ctx.derived.relations.has('lead')).toBe(true);
  });
  it('keeps "represent" and "present" out of "stage" (staging an event), round 26', () => {
    // WordNet files them with stage only as performing a play: "the League represented the gala"
    // was read as the League organising it (a false SUPPORTED)
    expect(ctx.derived.relations.get('stage')?.some((e) => e.word === 'represent')).toBe(false);
    expect(ctx.derived.relations.get('stage')?.some((e) => e.word === 'present')).toBe(false);
    expect(ctx.derived.relations.get('stage')?.some((e) => e.word === 'arrange')).toBe(true);
  });
  it('reports a malformed pattern', () => {
    expect(() => compilePattern('{s} member of (a|b {o}', ctx.morph)).toThrow(/missing \)/);
    expect(() => compilePattern('{s} member of {o', ctx.morph)).toThrow(/unclosed/);
  });
});

describe('round 16: the first-visit frame with its variants together (ontology/lexicon.ttl)', () => {
  it('reads "became the first N ever to travel to / go to Y" as the first visit by an office holder', async () => {
    const { checkFixture } = await import('../helpers/check-fixture.js');
    const { check } = checkFixture();
    for (const claim of [
      'Teasdale became the first Prime Minister of Freedonia ever to travel to Grand Fenwick.',
      'Teasdale was the first Prime Minister of Freedonia ever to go to Grand Fenwick.',
      'Teasdale became the first Prime Minister of Freedonia to set foot in Grand Fenwick.',
    ]) {
      const r = await check(claim);
      expect(r.verdict, claim).toBe('SUPPORTED');
      expect(r.interpretation.predicate, claim).toMatch(/visited$/);
    }
  });
});

describe('round 16: the end or start of a visit in a month (ontology/lexicon.ttl)', () => {
  it('reads "X\'s visit to Y ended in <month>" against the visit\'s end date', async () => {
    const { checkFixture } = await import('../helpers/check-fixture.js');
    const { check } = checkFixture(`
cgc:rufus.visited.marsovia.e16 a cg:Claim ;
    rdf:subject cgr:rufus ; rdf:predicate cg:visited ; rdf:object cgr:marsovia ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s010> ;
    cg:startDate "2015-10-22"^^xsd:date ; cg:endDate "2015-10-28"^^xsd:date .
cgr:rufus cg:visited cgr:marsovia .`);
    expect((await check("Rufus Firefly's visit to Marsovia ended in October 2015.")).verdict).toBe('SUPPORTED');
    expect((await check("Rufus Firefly's visit to Marsovia began in October 2015.")).verdict).toBe('SUPPORTED');
    expect((await check("Rufus Firefly's visit to Marsovia ended in December 2015.")).verdict).toBe('REFUTED');
  });
});

describe('round 21: a class noun before "in", a vote in favour, money put forward (ontology/lexicon.ttl)', () => {
  it('reads "X is a country in Y" as partOf, "voted in favour of" as accepted, "put forward <amount> for" as financial assistance', async () => {
    const { checkFixture } = await import('../helpers/check-fixture.js');
    const { check } = checkFixture();
    const inRegion = await check('Freedonia is a country in Ruritania.');
    expect(inRegion.interpretation.predicate).toMatch(/#partOf$/);
    expect(inRegion.verdict).toBe('SUPPORTED');
    const other = await check('Marsovia is a country in Ruritania.');
    expect(other.interpretation.predicate).toMatch(/#partOf$/);
    const vote = await check('Marsovia voted in favour of the League.');
    expect(vote.interpretation.predicate).toMatch(/#accepted$/);
    expect(vote.interpretation.polarity).toBe('positive');
    const money = await check('Marsovia put forward US$ 1 billion for the canal pipeline.');
    expect(money.interpretation.predicate).toMatch(/#financialAssistanceTo$/);
    expect(JSON.stringify(money.interpretation.qualifiers)).toContain('1000000000');
    // without the amount "put forward" names no money: not read as financing
    await expect(check('Marsovia put forward the canal pipeline.')).rejects.toThrow(/could not read/);
  });
});

describe('the derived lexicon of another version of lexicon.ttl', () => {
  it('is ignored with a reason the CLI prints as a warning (the checker would read less, silently)', async () => {
    const { loadDerivedLexicon } = await import('../../src/check/lexicon.js');
    const dir = join(projectRoot, 'ontology');
    const text = readFileSync(join(dir, 'lexicon.ttl'), 'utf8');
    expect(loadDerivedLexicon(dir, text).ignored).toBeUndefined();
    const stale = loadDerivedLexicon(dir, `${text}\n# an edit not yet derived\n`);
    expect(stale.ignored).toMatch(/derived from another version of lexicon\.ttl/);
    expect(stale.relations.size).toBe(0);
  });
});
