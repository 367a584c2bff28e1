// Round 24 (branch verbs24): the families of words for a relation (speaking before the audience
// at, sitting in a body, helping found it, founding / first-ever holders, taking over as, kicking
// off business, going live, getting going, taking the helm, setting off for), "instead of V-ing"
// as the deed's denial, "was over before" and "the month before" between two dated things.
import { describe, expect, it } from 'vitest';
import { idiomRewrites } from '../../src/check/idioms.js';
import { insteadOfDenial } from '../../src/check/instead-of.js';
import { possessiveOrdinal } from '../../src/check/rewrites.js';
import { checkFixture, checkGraphDir, fixtureClaim, officeHolder } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const CG = 'https://w3id.org/claimgraph/ontology#';

// the fixture plus Rufus Firefly as the first President of Sylvania, a speech of his and Gloria
// Teasdale's attendance at the Founders Gala
const { ctx, check } = checkFixture([
  officeHolder('rufus', 1),
  fixtureClaim({ id: 'rufus.spokeAt.gala', s: 'cgr:rufus', p: 'cg:spokeAt', o: 'cgr:gala', asserted: true }),
  fixtureClaim({ id: 'teasdale.attended.gala', s: 'cgr:teasdale', p: 'cg:attended', o: 'cgr:gala', asserted: true }),
  fixtureClaim({ id: 'teasdale.former.president-of-freedonia', s: 'cgr:teasdale', p: 'cg:holdsOffice', o: 'cgr:president-of-freedonia', more: 'cg:former true' }),
].join('\n'));

const rewritten = (claim: string) => idiomRewrites(ctx, claim).map((r) => r.claim);

describe('idioms of opening, beginning, leading and setting off (lexicon cg:idiom)', () => {
  it('say the lexicon\'s words, in the form written', () => {
    expect(rewritten('The Acme Development Bank kicked off business in Zenda.')).toContain('The Acme Development Bank opened for business in Zenda.');
    expect(rewritten('The Acme Development Bank went live in Zenda.')).toContain('The Acme Development Bank opened in Zenda.');
    expect(rewritten('The canal pipeline went live in 1999.')).toContain('The canal pipeline went into service in 1999.');
    expect(rewritten('The Acme Development Bank got up and running in Zenda.')).toContain('The Acme Development Bank opened in Zenda.');
    expect(rewritten('Construction of the canal got going in 1999.')).toContain('Construction of the canal began in 1999.');
    expect(rewritten('Rufus Firefly took the helm of the League.')).toContain('Rufus Firefly led the League.');
    expect(rewritten('Rufus Firefly sets off for Sylvania.')).toContain('Rufus Firefly begins a visit to Sylvania.');
    expect(rewritten('Rufus Firefly headed off to Sylvania in 2001.')).toContain('Rufus Firefly began a visit to Sylvania in 2001.');
  });
});

describe('speaking before an audience, sitting in a body, helping found it (lexicon patterns)', () => {
  it('speaking before (to) the audience at an event is speaking at it', async () => {
    const r = await check('Rufus Firefly spoke before the audience at the Founders Gala.');
    expect([r.interpretation.predicate, r.verdict]).toEqual([`${CG}spokeAt`, 'SUPPORTED']);
    expect((await check('Rufus Firefly gave an address to the Founders Gala.')).verdict).toBe('SUPPORTED');
  });
  it('a thing switched on in a year began operating then', async () => {
    expect((await check('The Freedonia canal pipeline was switched on in 1999.')).verdict).toBe('SUPPORTED');
    expect((await check('The Freedonia canal pipeline was switched on in 2005.')).verdict).toBe('REFUTED');
  });
  it('sitting in or on a body is membership, both ways', async () => {
    expect((await check('Freedonia sits in the League.')).verdict).toBe('SUPPORTED');
    expect((await check('Sylvania sits on the League.')).verdict).toBe('REFUTED');
  });
  it('helping found a body is founding membership; its denial never refutes membership', async () => {
    const r = await check('Sylvania helped set up the League.');
    expect([r.interpretation.predicate, r.verdict]).toEqual([`${CG}foundingMemberOf`, 'REFUTED']);
    expect((await check('Sylvania did not help found the League.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia did not help found the League.')).verdict).not.toBe('REFUTED');
  });
});

describe('founding, first-ever and inaugural holders; taking over as', () => {
  it('keeps "founding" and "first-ever" after a possessive, as said', () => {
    expect(possessiveOrdinal("Gloria Teasdale became Sylvania's founding president.")).toBe('Gloria Teasdale became the founding president of Sylvania.');
    expect(possessiveOrdinal("Rufus is Sylvania's first-ever president.")).toBe('Rufus is the first-ever president of Sylvania.');
  });
  it('reads them as the office\'s first place, which its one holder decides', async () => {
    expect((await check("Gloria Teasdale became Sylvania's founding president.")).verdict).toBe('REFUTED');
    expect((await check("Rufus Firefly became Sylvania's founding president.")).verdict).toBe('SUPPORTED');
    expect((await check('Rufus Firefly took over as the first President of Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('Gloria Teasdale took over as the first President of Sylvania.')).verdict).toBe('REFUTED');
  });
  it('does not refute an office said of the place\'s holder, who holds that office too', async () => {
    // Rufus Firefly holds both: the office as the subject stands for him
    expect((await check('The Prime Minister of Freedonia became the first President of Sylvania.')).verdict).not.toBe('REFUTED');
  });
  it('reads an office held once or installed in first place', async () => {
    expect((await check('Gloria Teasdale once worked as President of Freedonia.')).verdict).toBe('SUPPORTED');
    expect((await check('Gloria Teasdale used to serve as President of Freedonia.')).interpretation.qualifiers.former).toBeDefined();
    expect((await check('Rufus Firefly was installed as the first President of Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('Gloria Teasdale was installed as the first President of Sylvania.')).verdict).toBe('REFUTED');
  });
  it('leaves a founding member a member', async () => {
    expect(possessiveOrdinal("Freedonia is the League's founding member.")).toBe('Freedonia is the founding member of the League.');
    expect((await check("Sylvania is the League's founding member.")).verdict).toBe('REFUTED');
  });
});

describe('"instead of V-ing" as the denial of the deed (src/check/instead-of.ts)', () => {
  it('says the denial, without the emphasis', () => {
    expect(insteadOfDenial(ctx, 'Rufus Firefly sent a deputy instead of attending the Founders Gala himself.')).toEqual({ claim: 'Rufus Firefly did not attend the Founders Gala.', instead: 'sent a deputy' });
    expect(insteadOfDenial(ctx, 'Gloria Teasdale will stay home rather than attending the Founders Gala.')?.claim).toBe('Gloria Teasdale will not attend the Founders Gala.');
  });
  it('refuses a negated claim, a subject the graph does not name, a word that is no gerund', () => {
    expect(insteadOfDenial(ctx, 'Rufus Firefly did not send a deputy instead of attending the Founders Gala.')).toBeUndefined();
    expect(insteadOfDenial(ctx, 'Somebody sent a deputy instead of attending the Founders Gala.')).toBeUndefined();
    expect(insteadOfDenial(ctx, 'Rufus Firefly went to the gala instead of Gloria.')).toBeUndefined();
  });
  it('is refuted by the deed done; a supported denial is held (what was done instead is unchecked)', async () => {
    expect((await check('Gloria Teasdale stayed home instead of attending the Founders Gala.')).verdict).toBe('REFUTED');
    const held = await check('The President of Sylvania sent a deputy instead of attending the Founders Gala himself.');
    expect(held.verdict).toBe('NOT_ENOUGH_INFO');
    expect(held.explanation).toContain('"sent a deputy"');
  });
});

describe('"was over before" and "the month before" between dated things (corpus fixture)', async () => {
  const corpus = await checkGraphDir(corpusFixture);
  const verdict = (text: string): Promise<string> => corpus.check(text).then((r) => r.verdict, () => 'UNREAD');
  it('reads "was (already) over before / when" as ended before', async () => {
    expect(await verdict("Abe's visit was over before TAPI construction began.")).toBe('SUPPORTED');
    expect(await verdict("Abe's visit was already over when the AIIB opened.")).toBe('SUPPORTED');
    expect(await verdict("Abe's visit was over before China's Victory Day parade was held.")).toBe('REFUTED');
  });
  it('compares the calendar month (year), not thirty days', async () => {
    // December 25, 2015 and January 16, 2016: 22 days, and the month before
    expect(await verdict('The AIIB\'s Articles of Agreement entered into force the month before the AIIB opened.')).toBe('SUPPORTED');
    expect(await verdict('The AIIB opened the month after its Articles of Agreement entered into force.')).toBe('SUPPORTED');
    expect(await verdict('The AIIB opened the year after its Articles of Agreement entered into force.')).toBe('SUPPORTED');
    // September 3, 2015 and January 16, 2016: four calendar months apart
    expect(await verdict("China's Victory Day parade was held the month before the AIIB opened.")).toBe('REFUTED');
    expect(await verdict("China's Victory Day parade was held the month before Abe set off for Central Asia.")).toBe('SUPPORTED');
  });
});
