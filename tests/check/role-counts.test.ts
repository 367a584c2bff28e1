// Counts of the holders of one office across a group's members (src/check/role-counts.ts, read by
// src/check/parser.ts's readCount and src/check/verdict.ts's countReading), several agents sending
// their offices (src/check/sent-office.ts) and "the one <Capitalised>" as "the only"
// (src/check/collective-counts.ts), round 33 (branch quant33).
import { describe, expect, it } from 'vitest';
import { pluralOfOneOffice, roleNounAtEnd, roleNounAtStart, roleOffices } from '../../src/check/role-counts.js';
import { readSentOffice } from '../../src/check/sent-office.js';
import { collectiveRewrite } from '../../src/check/collective-counts.js';
import { tokenize } from '../../src/check/text.js';
import { checkFixture, IDA_AT_GALA } from '../helpers/check-fixture.js';

// Ida Oldham, President of Freedonia, attended the gala; the President of Sylvania did not.
const { check, ctx } = checkFixture(`
${IDA_AT_GALA}
cgc:president-of-sylvania.attended.gala.neg a cg:Claim ;
    rdf:subject cgr:president-of-sylvania ; rdf:predicate cg:attended ; rdf:object cgr:gala ;
    cg:polarity cg:Negative ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .
`);

describe('a role noun in a count', () => {
  it('is found at the end or opening "<role> of", only for roles the graph has offices of', () => {
    expect(roleNounAtEnd(ctx, tokenize('Ruritanian presidents', ctx.morph))?.role).toBe('president');
    expect(roleNounAtEnd(ctx, tokenize('Ruritanian states', ctx.morph))).toBeUndefined();
    expect(roleNounAtStart(ctx, tokenize('the presidents of two Ruritanian states', ctx.morph))?.role).toBe('president');
    expect(roleNounAtStart(ctx, tokenize('the envoys of two Ruritanian states', ctx.morph))).toBeUndefined();
    // round 37: the longest role, not "head" before "state of two Ruritanian states"
    expect(roleNounAtStart(ctx, tokenize('the heads of state of two Ruritanian states', ctx.morph))?.rest.map((t) => t.norm)[0]).toBe('two');
  });

  it('maps each member to its office, or nothing when a member has none', () => {
    expect(roleOffices(ctx, 'https://w3id.org/claimgraph/resource/the-region', 'president')?.map((o) => o.split('/').pop())).toEqual(['president-of-freedonia', 'president-of-sylvania']);
    // Sylvania has no prime minister in the fixture
    expect(roleOffices(ctx, 'https://w3id.org/claimgraph/resource/the-region', 'prime minister')).toBeUndefined();
  });
});

/** The verdict, or 'UNREAD' when the claim cannot be read. */
const verdictOf = async (claim: string): Promise<string> => check(claim).then((r) => r.verdict, () => 'UNREAD');

describe('counts over the offices', () => {
  it('decides a count that names the absent president', async () => {
    expect((await check('Only one Ruritanian president attended the Founders Gala.')).verdict).toBe('SUPPORTED');
    expect((await check('Only one Ruritanian president missed the Founders Gala.')).verdict).toBe('SUPPORTED');
    expect((await check('The presidents of only one Ruritanian state attended the Founders Gala.')).verdict).toBe('SUPPORTED');
  });

  it('leaves near misses undecided or refutes them', async () => {
    // counted as states, Sylvania stays undecided (someone else may have gone for it): never supported
    expect(await verdictOf('Only one Ruritanian state attended the Founders Gala.')).not.toBe('SUPPORTED');
    // a role one member has no office of: not a count of offices
    expect(await verdictOf('Only one Ruritanian prime minister attended the Founders Gala.')).not.toBe('SUPPORTED');
    expect(await verdictOf('Only one Ruritanian president attended the Founders Gala in 1990.')).not.toBe('SUPPORTED');
  });
});

describe('some holder of an office (round 38, fix30c; users30 F2)', () => {
  it('reads "a" / "any" / "some" and a bare plural as some holder, not each of them', async () => {
    // Sylvania's president stayed away, Freedonia's attended: one of them did each
    expect(await verdictOf('A Ruritanian president skipped the Founders Gala.')).toBe('SUPPORTED');
    expect(await verdictOf('A Ruritanian president attended the Founders Gala.')).toBe('SUPPORTED');
    expect(await verdictOf('Did any Ruritanian president miss the Founders Gala?')).toBe('SUPPORTED');
    expect(await verdictOf('Some Ruritanian presidents attended the Founders Gala.')).toBe('SUPPORTED');
    // "every" is each of them; a bare plural is more than one, which one absence leaves too few
    expect(await verdictOf('Every Ruritanian president attended the Founders Gala.')).toBe('REFUTED');
    expect(await verdictOf('Ruritanian presidents attended the Founders Gala.')).toBe('REFUTED');
    // one holder's absence says nothing of the other's speech
    expect(await verdictOf('A Ruritanian president spoke at the Founders Gala.')).not.toBe('REFUTED');
  });
});

describe('several agents sending their offices', () => {
  it('is read as the offices of the list or count attending', () => {
    expect(readSentOffice('Both Freedonia and Sylvania sent their presidents to the gala.')?.claim).toBe('The presidents of both Freedonia and Sylvania attended the gala');
    expect(readSentOffice('Freedonia and Sylvania both sent their presidents to the gala.')?.claim).toBe('The presidents of both Freedonia and Sylvania attended the gala');
    expect(readSentOffice('Of the two Ruritanian states, one sent their presidents to the gala.')?.claim).toBe('The presidents of one of the two Ruritanian states attended the gala');
    expect(readSentOffice('Freedonia or Sylvania sent their presidents to the gala.')).toBeUndefined();
    // a single agent keeps its own reading
    expect(readSentOffice('Freedonia sent its president to the gala.')?.claim).toBe("Freedonia's president attended the gala");
  });

  it('is decided by each office', async () => {
    expect((await check('Both Freedonia and Sylvania sent their presidents to the Founders Gala.')).verdict).toBe('REFUTED');
    expect((await check('Freedonia and Sylvania both sent their presidents to the Founders Gala.')).verdict).toBe('REFUTED');
  });
});

describe('"the one" for "the only"', () => {
  it('is rewritten before a capitalised word only', () => {
    expect(collectiveRewrite('Freedonia is the one Ruritanian state outside the League.')).toBe('Freedonia is the only Ruritanian state outside the League.');
    expect(collectiveRewrite('Rufus was the one hosting the gala.')).toBeUndefined();
    expect(collectiveRewrite('Rufus was the one who hosted the gala.')).toBeUndefined();
  });
});

// Graustark: four states, each with a president; two presidents attended the gala, two did not.
const claim = (id: string, s: string, p: string, o: string, neg = false): string => `cgc:${id} a cg:Claim ;
    rdf:subject cgr:${s} ; rdf:predicate cg:${p} ; rdf:object cgr:${o} ;
    cg:polarity cg:${neg ? 'Negative' : 'Positive'} ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .
cgr:${s} cg:${p} cgr:${o} .`;
const states = ['zenda', 'strelsau', 'tarlenheim', 'hentzau'];
const graustark = checkFixture(`
cgr:graustark a cg:Region, cg:CountryGroup ; rdfs:label "Graustark" ; skos:altLabel "Graustarkian" .
${states.map((s, i) => `cgr:${s} a cg:Country ; rdfs:label "${s[0]!.toUpperCase()}${s.slice(1)}" .
cgr:president-of-${s} a cg:Office ; rdfs:label "President of ${s[0]!.toUpperCase()}${s.slice(1)}" ; cg:officeOf cgr:${s} ; cg:roleType "president" .
${claim(`${s}.partOf.graustark`, s, 'partOf', 'graustark')}
${claim(`president-of-${s}.attended.gala.${i}`, `president-of-${s}`, 'attended', 'gala', i >= 2)}`).join('\n')}
`);

describe('a bare plural of the holders (round 39, misses30c)', () => {
  const verdict = async (claim: string): Promise<string> => graustark.check(claim).then((r) => r.verdict, () => 'UNREAD');

  it('is supported only where at least two and most of them hold; two of four leaves it undecided', async () => {
    // at least two attended (the plural), but not most of the four (a generic): the readings differ
    expect(await verdict('Graustarkian presidents attended the Founders Gala.')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('Graustarkian presidents skipped the Founders Gala.')).toBe('NOT_ENOUGH_INFO');
    // a count says how many, with no generic reading
    expect(await verdict('Two Graustarkian presidents attended the Founders Gala.')).toBe('SUPPORTED');
    expect(await verdict('Some Graustarkian presidents attended the Founders Gala.')).toBe('SUPPORTED');
  });

  it('sees the plural of "heads of state" (its first word)', async () => {
    // read as each holder before: one absence refuted it; now a bare plural, fewer than two absent
    expect(await verdictOf('Ruritanian heads of state missed the Founders Gala.')).toBe('REFUTED');
    expect(await verdict('Graustarkian heads of state attended the Founders Gala.')).toBe('NOT_ENOUGH_INFO');
  });

  it('of one office is not decided by one holder', async () => {
    // Teasdale alone visited Grand Fenwick: "Freedonian prime ministers" say two, or as a rule
    expect(await verdictOf('Freedonian prime ministers visited Grand Fenwick.')).not.toBe('SUPPORTED');
    expect(await verdictOf('Freedonian prime ministers have visited Grand Fenwick.')).not.toBe('SUPPORTED');
    expect(pluralOfOneOffice(ctx, tokenize('Freedonian prime ministers', ctx.morph))).toBe(true);
    expect(pluralOfOneOffice(ctx, tokenize('Ruritanian presidents', ctx.morph))).toBe(false);
    // the singular, with its article, is the office's holder
    expect(await verdictOf('The Freedonian prime minister visited Grand Fenwick.')).toBe('SUPPORTED');
  });
});
