// Round 12 (branch amounts): amounts in headline notation and recipient frames
// (src/check/amount-notation.ts, amount-frames.ts), packages named by demonyms and their value
// (package-names.ts), rank words (rank-words.ts, rank-comparisons.ts), purpose and manner
// connectives (purpose-connectives.ts, purpose.ts's verbs of furthering), and the lexicon's
// vote-share and length verbs. Each end-to-end claim was unread (or undecided) before the round.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';
import { headlineReadings, shorthandRewrite } from '../../src/check/amount-notation.js';
import { amountedPackageParts, packageRewrite, packageValueDeeds } from '../../src/check/package-names.js';
import { rankWordings } from '../../src/check/rank-words.js';
import { purposeConnectiveRewrite, routeParts } from '../../src/check/purpose-connectives.js';

const usd = (id: string, value: string): string =>
  `cg:amount <https://w3id.org/claimgraph/claim/${id}/amount/USD> .\n<https://w3id.org/claimgraph/claim/${id}/amount/USD> a schema:MonetaryAmount ; schema:value "${value}"^^xsd:decimal ; schema:currency "USD"`;

// Freedonia pledged Sylvania US$ 5 million in grants for farming and gave Grand Fenwick US$ 3
// million in financial assistance; the canal pipeline (planned) runs 900 km from Marsovia to
// Sylvania at an estimated US$ 2 billion; the Acme Bank's shareholders rank Marsovia, Sylvania,
// Grand Fenwick; Rufus Firefly visited Sylvania to strengthen trade ties.
const { ctx, check } = checkFixture(`
cgr:farming a cg:Purpose ; rdfs:label "farming" .
cgr:trade-ties a cg:Purpose ; rdfs:label "trade ties" ; skos:altLabel "strengthening trade ties" .
${fixtureClaim({ id: 'freedonia.grantTo.sylvania.pledged.r12', s: 'cgr:freedonia', p: 'cg:grantTo', o: 'cgr:sylvania', modality: 'Pledged', sentence: 's002', more: `cg:purpose cgr:farming ; ${usd('freedonia.grantTo.sylvania.pledged.r12', '5000000')}` })}
${fixtureClaim({ id: 'freedonia.financialAssistanceTo.grand-fenwick.r12', s: 'cgr:freedonia', p: 'cg:financialAssistanceTo', o: 'cgr:grand-fenwick', sentence: 's003', more: usd('freedonia.financialAssistanceTo.grand-fenwick.r12', '3000000') })}
${fixtureClaim({ id: 'canal.estimatedCostUSD.2000000000.expected', s: 'cgr:canal', p: 'cg:estimatedCostUSD', o: '"2000000000"^^xsd:decimal', modality: 'Expected', sentence: 's004', more: 'cg:approximate "true"^^xsd:boolean' })}
${fixtureClaim({ id: 'canal.lengthKm.900.expected', s: 'cgr:canal', p: 'cg:lengthKm', o: '"900"^^xsd:decimal', modality: 'Expected', sentence: 's004' })}
${fixtureClaim({ id: 'canal.runsFrom.marsovia.expected', s: 'cgr:canal', p: 'cg:runsFrom', o: 'cgr:marsovia', modality: 'Expected', sentence: 's004' })}
${fixtureClaim({ id: 'canal.runsTo.sylvania.expected', s: 'cgr:canal', p: 'cg:runsTo', o: 'cgr:sylvania', modality: 'Expected', sentence: 's004' })}
${fixtureClaim({ id: 'marsovia.shareholderOf.acme-bank.r1', s: 'cgr:marsovia', p: 'cg:shareholderOf', o: 'cgr:acme-bank', sentence: 's005', asserted: true, more: 'cg:rank "1"^^xsd:positiveInteger ; cg:votingSharePercent "30"^^xsd:decimal ; cg:approximate "true"^^xsd:boolean' })}
${fixtureClaim({ id: 'sylvania.shareholderOf.acme-bank.r2', s: 'cgr:sylvania', p: 'cg:shareholderOf', o: 'cgr:acme-bank', sentence: 's005', asserted: true, more: 'cg:rank "2"^^xsd:positiveInteger' })}
${fixtureClaim({ id: 'grand-fenwick.shareholderOf.acme-bank.r3', s: 'cgr:grand-fenwick', p: 'cg:shareholderOf', o: 'cgr:acme-bank', sentence: 's005', asserted: true, more: 'cg:rank "3"^^xsd:positiveInteger' })}
${fixtureClaim({ id: 'acme-bank.authorisedCapitalUSD.50000000000', s: 'cgr:acme-bank', p: 'cg:authorisedCapitalUSD', o: '"50000000000"^^xsd:decimal', sentence: 's005', asserted: true })}
${fixtureClaim({ id: 'rufus.visited.sylvania.r12', s: 'cgr:rufus', p: 'cg:visited', o: 'cgr:sylvania', sentence: 's006', asserted: true, more: 'cg:purpose cgr:trade-ties' })}
`);

describe('amount notations (src/check/amount-notation.ts)', () => {
  it('says a headline as a sentence, in the present and the future, and shorthand in words', () => {
    expect(headlineReadings(ctx, 'Canal pipeline: est. cost ~US$2bn')).toEqual(["Canal pipeline's estimated cost is about US$2bn", "Canal pipeline's estimated cost will be about US$2bn"]);
    expect(headlineReadings(ctx, 'Canal pipeline: shorter than 1,000 km.')).toContain('Canal pipeline will be shorter than 1,000 km');
    expect(headlineReadings(ctx, 'Rufus Firefly: a statesman')).toEqual([]);
    expect(shorthandRewrite('The canal will cost upwards of $5 billion.')).toBe('The canal will cost more than $5 billion.');
    expect(shorthandRewrite('US$ 5 million worth of deals were signed by Freedonia with Sylvania.')).toBe('Deals worth US$ 5 million were signed by Freedonia with Sylvania.');
    expect(shorthandRewrite('The canal will run 900 km.')).toBeUndefined();
  });
  it('decides a headline by the graph (a planned thing\'s figures are expectations)', async () => {
    expect((await check('Canal pipeline: est. cost ~US$2bn')).verdict).toBe('SUPPORTED');
    expect((await check('Canal pipeline: est. cost ~US$5bn')).verdict).toBe('REFUTED');
    expect((await check('Canal pipeline: shorter than 1,000 km.')).verdict).toBe('SUPPORTED');
    expect((await check('The canal pipeline will cost upwards of $3 billion.')).verdict).toBe('REFUTED');
    expect((await check('The canal pipeline will cost in the region of two billion dollars.')).verdict).toBe('SUPPORTED');
  });
  it('reads the recipient as a passive\'s or a progressive\'s subject', async () => {
    expect((await check('Sylvania was pledged US$ 5 million in Freedonian grants.')).verdict).toBe('SUPPORTED');
    expect((await check('Grand Fenwick is getting US$ 3 million in Freedonian financial assistance.')).verdict).toBe('SUPPORTED');
    expect((await check('Grand Fenwick is getting US$ 8 million in Freedonian financial assistance.')).verdict).toBe('REFUTED');
    expect((await check('Grand Fenwick received US$ 3 million of financial assistance from Freedonia.')).verdict).toBe('SUPPORTED');
  });
  it('reads the length and the vote share in other frames (lexicon)', async () => {
    expect((await check('The canal pipeline will span about 900 kilometres.')).verdict).toBe('SUPPORTED');
    expect((await check('Marsovia holds about 30% of the votes in the Acme Bank.')).verdict).toBe('SUPPORTED');
    expect((await check('Marsovia wields over 60 percent of the votes in the Acme Bank.')).verdict).toBe('REFUTED');
    expect((await check('The Acme Bank has $50bn in authorised capital.')).verdict).toBe('SUPPORTED');
    expect((await check('The Acme Bank has $80bn in authorised capital.')).verdict).toBe('REFUTED');
  });
  it('reads a vote share with the bank\'s name before the noun (round 37, misses29: users29 numbers-04)', async () => {
    expect((await check('Marsovia wields some 30 per cent of Acme Bank voting power.')).verdict).toBe('SUPPORTED');
    expect((await check('Marsovia holds about 30% of the Acme Bank votes.')).verdict).toBe('SUPPORTED');
    expect((await check('Marsovia commands 60 percent of Acme Bank voting rights.')).verdict).toBe('REFUTED');
    // a shareholder the source gives no share for: undecided, not refuted
    expect((await check('Sylvania holds about 10 percent of Acme Bank voting power.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('packages named by demonyms (src/check/package-names.ts)', () => {
  it('names the package by its giver and recipient, and its value as the deed', () => {
    expect(packageRewrite(ctx, 'The possible Freedonian grants to Sylvania would go towards farming.')).toBe("Freedonia's grants to Sylvania would go towards farming.");
    expect(packageRewrite(ctx, "Freedonia's Sylvanian aid package is worth US$ 9 million.")).toBe("Freedonia's aid to Sylvania is worth US$ 9 million.");
    // a demonym alone: the recipient the graph gives one giver
    expect(packageRewrite(ctx, 'The Sylvanian grants amount to US$ 5 million.')).toBe("Freedonia's grants to Sylvania amount to US$ 5 million.");
    expect(packageRewrite(ctx, 'The Marsovian grants amount to US$ 5 million.')).toBeUndefined();
    expect(packageValueDeeds(ctx, "Freedonia's aid package to Sylvania is worth US$ 9 million.")).toEqual([
      'Freedonia gave US$ 9 million in aid to Sylvania', 'Freedonia pledged US$ 9 million in aid to Sylvania', 'Freedonia may provide US$ 9 million in aid to Sylvania']);
  });
  it('reads an amount inside the package\'s name as a statement of its own', () => {
    expect(amountedPackageParts(ctx, "Freedonia's $5m package for Sylvania is meant for farming.")).toEqual([
      "Freedonia's aid to Sylvania is meant for farming.", "Freedonia's aid to Sylvania is worth $5m"]);
    expect(amountedPackageParts(ctx, "Freedonia's aid to Sylvania is meant for farming.")).toEqual([]);
  });
  it('decides the value of a package named so', async () => {
    expect((await check("Freedonia's Sylvanian aid package is worth US$ 9 million.")).verdict).toBe('REFUTED');
    expect((await check('The Sylvanian grant package amounts to about US$ 5 million.')).verdict).toBe('SUPPORTED');
    expect((await check('The possible Freedonian grants to Sylvania would go towards farming.')).verdict).toBe('SUPPORTED');
    // the amount said inside the package's name is a statement of its own
    expect((await check("Freedonia's ¥5m grants for Sylvania are meant for farming.")).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check("Freedonia's $5m package for Sylvania is meant for farming.")).verdict).toBe('SUPPORTED');
    expect((await check("Freedonia's $9m package for Sylvania is meant for farming.")).verdict).toBe('REFUTED');
  });
  it('reads a package that may amount to a value, or was pledged at one, with its kind said after the value (round 22)', async () => {
    expect(packageValueDeeds(ctx, "Freedonia's aid to Sylvania may amount to US$ 5 million in grants.")).toEqual([
      'Freedonia gave US$ 5 million in grants to Sylvania', 'Freedonia pledged US$ 5 million in grants to Sylvania', 'Freedonia may provide US$ 5 million in grants to Sylvania']);
    expect(packageValueDeeds(ctx, "Freedonia's aid to Sylvania was pledged at US$ 9 million.")).toEqual(['Freedonia pledged US$ 9 million in aid to Sylvania']);
    expect((await check("Freedonia's aid to Sylvania may amount to US$ 5 million in grants.")).verdict).toBe('SUPPORTED');
    expect((await check("Freedonia's aid to Sylvania was pledged at US$ 9 million.")).verdict).toBe('REFUTED');
  });
});

describe('rank words (src/check/rank-words.ts)', () => {
  it('says ranks and "no other" in the rank readers\' words', () => {
    expect(rankWordings(ctx, "Sylvania is the Acme Bank's number two shareholder.")[0]!.parts).toEqual(["Sylvania is the Acme Bank's second-largest shareholder"]);
    expect(rankWordings(ctx, 'No other Acme Bank member holds a larger stake than Marsovia.')[0]!.parts).toEqual(['Marsovia holds a larger stake than any other Acme Bank member']);
    expect(rankWordings(ctx, "Sylvania's Acme Bank stake is second only to Marsovia's.")[0]!.parts).toEqual(['Sylvania has the second-largest stake in Acme Bank', 'Marsovia has the largest stake in Acme Bank']);
    expect(rankWordings(ctx, 'Sylvania is not the number two shareholder.')).toEqual([]);
  });
  it('decides them by the ranks the graph gives', async () => {
    expect((await check("Grand Fenwick is the Acme Bank's number two shareholder.")).verdict).toBe('REFUTED');
    expect((await check("Sylvania is the Acme Bank's No. 2 shareholder.")).verdict).toBe('SUPPORTED');
    expect((await check('No other Acme Bank member holds a larger stake than Marsovia.')).verdict).toBe('SUPPORTED');
    expect((await check('No other Acme Bank member holds a larger stake than Sylvania.')).verdict).toBe('REFUTED');
    expect((await check("Sylvania is the Acme Bank's second-largest shareholder, behind Marsovia.")).verdict).toBe('SUPPORTED');
    expect((await check("Grand Fenwick ranks third among the Acme Bank's shareholders.")).verdict).toBe('SUPPORTED');
    expect((await check('Sylvania is the second biggest shareholder in the Acme Bank after Marsovia.')).verdict).toBe('SUPPORTED');
    expect((await check('Grand Fenwick is the second biggest shareholder in the Acme Bank after Marsovia.')).verdict).toBe('REFUTED');
    expect((await check("Grand Fenwick's Acme Bank stake is second only to Marsovia's.")).verdict).toBe('REFUTED');
  });
});

describe('purpose and manner connectives (src/check/purpose-connectives.ts)', () => {
  it('says the connectives as the purpose readers take them', () => {
    expect(purposeConnectiveRewrite(ctx, "Freedonia's grants to Sylvania are partly meant for farming.")).toBe("Freedonia's grants to Sylvania are aimed at farming."); // an -ing word after 'meant for': round 25's gerund of purpose
    expect(purposeConnectiveRewrite(ctx, 'Freedonia pledged grants to Sylvania to repair canals and to build roads.')).toBe('Freedonia pledged grants to Sylvania to repair canals and build roads.');
    expect(purposeConnectiveRewrite(ctx, 'Through the canal pipeline, Marsovia would gain its first route to Sylvania.')).toBe('The canal pipeline would give Marsovia its first route to Sylvania');
    expect(routeParts('The canal pipeline would give Marsovia its first route to Sylvania')).toEqual(['The canal pipeline will run from Marsovia', 'The canal pipeline will run to Sylvania']);
    expect(purposeConnectiveRewrite(ctx, 'Freedonia granted Sylvania aid with a view to upgrading clinics.')).toBe('Freedonia granted Sylvania aid for upgrading clinics.');
  });
  it('decides them by the purposes and routes the graph gives', async () => {
    expect((await check("Freedonia's grants to Sylvania are partly meant for farming.")).verdict).toBe('SUPPORTED');
    expect((await check('Through the canal pipeline, Marsovia would gain its first route to Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('The canal pipeline is designed to carry Marsovian gas to Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('The Sylvanian grants will be spent on farming.')).verdict).toBe('SUPPORTED');
  });
  it('reads a verb of furthering as the purpose it furthers, and no other verb so', async () => {
    expect((await check('Rufus Firefly visited Sylvania to deepen trade ties.')).verdict).toBe('SUPPORTED');
    // not read as furthering; since round 24 a verb of weakening (cg:weakeningVerb) is contrary to it: refuted
    expect((await check('Rufus Firefly visited Sylvania to weaken trade ties.')).verdict).toBe('REFUTED');
    expect((await check('Rufus Firefly visited Sylvania to discuss trade ties.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
