// Round 25 (branch verbs25b): the enumerated families of words for organisations, offices and
// money (lexicon patterns, idioms and verbs of refusing: ontology/lexicon.ttl "Round 25 (branch
// verbs25b)"), "Y's very first N" and "picked to lead Y as its first N" (src/check/rewrites.ts).
import { describe, expect, it } from 'vitest';
import { idiomRewrites } from '../../src/check/idioms.js';
import { ledAsIts, possessiveOrdinal } from '../../src/check/rewrites.js';
import { checkFixture, fixtureClaim, officeHolder } from '../helpers/check-fixture.js';

const CG = 'https://w3id.org/claimgraph/ontology#';

// the fixture plus: Freedonia a founding member of the League, Rufus Firefly the first President
// of Sylvania (elected), the Acme Development Bank seated in Zenda, Freedonia its largest shareholder
const ZENDA = `cgr:zenda a cg:City ; rdfs:label "Zenda" .`;
const { ctx, check } = checkFixture([
  fixtureClaim({ id: 'freedonia.foundingMemberOf.league', s: 'cgr:freedonia', p: 'cg:foundingMemberOf', o: 'cgr:league', asserted: true }),
  officeHolder('rufus', 1).replace(' .', ' ; cg:officeObtainedBy "election" .'),
  ZENDA,
  fixtureClaim({ id: 'acme-bank.headquarteredIn.zenda', s: 'cgr:acme-bank', p: 'cg:headquarteredIn', o: 'cgr:zenda', asserted: true }),
  fixtureClaim({ id: 'freedonia.shareholderOf.acme-bank', s: 'cgr:freedonia', p: 'cg:shareholderOf', o: 'cgr:acme-bank', more: 'cg:rank "1"^^xsd:positiveInteger' }),
].join('\n'));
// the plain fixture: Freedonia a member of the League, nothing said of its founders
const plain = checkFixture();

describe('a place on (or absent from) a body\'s list of founding members (lexicon patterns)', () => {
  it('is founding membership and its denial, decided both ways', async () => {
    const on = await check("Freedonia is on the League's list of founding members.");
    expect([on.interpretation.predicate, on.verdict]).toEqual([`${CG}foundingMemberOf`, 'SUPPORTED']);
    expect((await check("Freedonia is absent from the League's list of founding members.")).verdict).toBe('REFUTED');
    expect((await check("Freedonia does not appear on the League's roster of founding members.")).verdict).toBe('REFUTED');
    // a state that is no member is no founding member either
    expect((await check("Sylvania is missing from the League's list of founding members.")).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia is a charter member of the League.')).verdict).toBe('SUPPORTED');
    expect((await check('Sylvania is an original member of the League.')).verdict).toBe('REFUTED');
  });
  it('says nothing of membership when denied (OWL: a sub-property\'s denial)', async () => {
    const r = await plain.check("Freedonia is absent from the League's list of founding members.");
    expect(r.interpretation.predicate).toBe(`${CG}foundingMemberOf`);
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('reads the list of members as membership', async () => {
    expect((await plain.check("Sylvania is not on the League's membership roster.")).verdict).toBe('SUPPORTED');
    expect((await plain.check("Freedonia is absent from the League's list of members.")).verdict).toBe('REFUTED');
    expect((await plain.check('Freedonia is a card-carrying member of the League.')).verdict).toBe('SUPPORTED');
    expect((await plain.check('Sylvania gained admission to the League.')).verdict).toBe('REFUTED');
    expect((await plain.check('Sylvania has no seat in the League.')).verdict).toBe('SUPPORTED');
  });
  it('reads staying on the sidelines as staying out, balking at joining as a refusal', async () => {
    expect((await plain.check('Sylvania remained on the sidelines of the League.')).verdict).toBe('SUPPORTED');
    expect((await plain.check('Freedonia stayed on the sidelines of the League.')).verdict).toBe('REFUTED');
    // a refusal says a choice too: only its refutation decides
    expect((await plain.check('Sylvania balked at joining the League.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await plain.check('Freedonia balked at joining the League.')).verdict).toBe('REFUTED');
  });
});

describe('offices: tapped, got the nod, landed the job, very first, led as its holder', () => {
  it('drops "very" before an ordinal after a possessive', () => {
    expect(possessiveOrdinal("Rufus Firefly was tapped as Sylvania's very first president.")).toBe('Rufus Firefly was tapped as the first president of Sylvania.');
  });
  it('reads "to lead Y as its N" as the office of Y', () => {
    expect(ledAsIts('Rufus Firefly was picked to lead Sylvania as its very first president.')).toBe('Rufus Firefly was picked as the first president of Sylvania.');
    expect(ledAsIts('Rufus Firefly was picked to lead Sylvania as its president.')).toBe('Rufus Firefly was picked as the president of Sylvania.');
    expect(ledAsIts('Rufus Firefly was picked to lead Sylvania.')).toBeUndefined();
  });
  it('decides them by the office\'s one holder', async () => {
    expect((await check('Rufus Firefly was picked to lead Sylvania as its very first president.')).verdict).toBe('SUPPORTED');
    expect((await check('Gloria Teasdale was picked to lead Sylvania as its first president.')).verdict).toBe('REFUTED');
    expect((await check("Rufus Firefly was tapped as Sylvania's first president.")).verdict).toBe('SUPPORTED');
    expect((await check('Gloria Teasdale was tapped to be the first President of Sylvania.')).verdict).toBe('REFUTED');
    expect((await check('Rufus Firefly got the nod as the first President of Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('Gloria Teasdale landed the job of first President of Sylvania.')).verdict).toBe('REFUTED');
    expect((await check('Rufus Firefly was handed the post of first President of Sylvania.')).verdict).toBe('SUPPORTED');
  });
  it('reads assuming a post and committing money as the lexicon\'s words', () => {
    expect(idiomRewrites(ctx, 'Rufus Firefly assumed the presidency of Sylvania.').map((r) => r.claim)).toContain('Rufus Firefly held the presidency of Sylvania.');
    expect(idiomRewrites(ctx, 'Freedonia committed US$ 2 million in grants to Grand Fenwick.').map((r) => r.claim)).toContain('Freedonia pledged US$ 2 million in grants to Grand Fenwick.');
    expect(idiomRewrites(ctx, 'The bank signed off on a loan to Sylvania.').map((r) => r.claim)).toContain('The bank approved a loan to Sylvania.');
    // an idiom, not a pattern: WordNet would widen "accede" to "submit", "yield"
    expect(idiomRewrites(ctx, 'Sylvania acceded to the League.').map((r) => r.claim)).toContain('Sylvania joined the League.');
  });
  it('reads helming and overseeing a body as leading it', async () => {
    expect((await check('Freedonia oversees the Acme Development Bank.')).verdict).toBe('SUPPORTED');
    expect((await check('The Acme Development Bank is helmed by Freedonia.')).verdict).toBe('SUPPORTED');
  });
});

describe('seats, money and shares said otherwise', () => {
  it('a body operating out of a city, calling it home, is seated there', async () => {
    const r = await check('The Acme Development Bank operates out of Zenda.');
    expect([r.interpretation.predicate, r.verdict]).toEqual([`${CG}headquarteredIn`, 'SUPPORTED']);
    expect((await check('The Acme Development Bank calls Zenda home.')).verdict).toBe('SUPPORTED');
    expect((await check("The Acme Development Bank's home base is Zenda.")).verdict).toBe('SUPPORTED');
  });
  it('money handed over keeps the source\'s modality', async () => {
    expect((await check('Freedonia may hand Grand Fenwick US$ 2 million in grants.')).verdict).toBe('SUPPORTED');
    const r = await check('Freedonia handed Grand Fenwick US$ 2 million in grants.');
    expect(r.interpretation.predicate).toBe(`${CG}grantTo`);
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('the main or dominant shareholder, the one owning the most shares, is the largest', async () => {
    expect((await check('Freedonia is the dominant shareholder of the Acme Development Bank.')).verdict).toBe('SUPPORTED');
    expect((await check('Sylvania owns the most shares in the Acme Development Bank.')).verdict).toBe('REFUTED');
  });
  it('the main buyer of a seller\'s goods is its largest importer', async () => {
    const r = await check("Freedonia is the main buyer of Marsovia's energy.");
    expect([r.interpretation.predicate, r.verdict]).toEqual([`${CG}importsFrom`, 'SUPPORTED']);
    expect((await check("Freedonia buys most of Marsovia's energy.")).verdict).toBe('SUPPORTED');
    // "chief" is left to WordNet's reading as "main" (written in a pattern it would no longer be)
    expect((await check("Freedonia is the chief customer for Marsovia's energy.")).verdict).toBe('SUPPORTED');
  });
});
