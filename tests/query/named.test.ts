// Expected answers of the named queries on the committed graph, written from a reading of the
// article (graph/articles/japan-central-asia-engagement-2015/article.txt), not from the output.
import { beforeAll, describe, expect, it } from 'vitest';
import { runCliCapture } from '../helpers/cli.js';
import { cg, cgr, jsonRows, type SparqlJson } from '../helpers/query-results.js';

// Both stores answer: the n3 Store `auto` picks for this graph, and Oxigraph (large graphs).
let store = 'n3';

async function rows(name: string, ...extra: string[]): Promise<Record<string, string>[]> {
  const r = await runCliCapture(['query', name, '--format', 'json', '--store', store, ...extra]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return jsonRows(JSON.parse(r.stdout) as SparqlJson);
}

const CENTRAL_ASIA_BUT_TURKMENISTAN = ['kazakhstan', 'kyrgyzstan', 'tajikistan', 'uzbekistan'];

describe.each(['n3', 'oxigraph'])('named queries on the article (%s store)', (kind) => {
  beforeAll(() => {
    store = kind;
  });

  it('aiib-not-sco: empty, every AIIB consenter is a stated SCO member', async () => {
    expect(await rows('aiib-not-sco')).toEqual([]);
  });

  it('aiib-not-sco without the MINUS lists exactly the four AIIB consenters (the answer is empty for the right reason)', async () => {
    const r = await runCliCapture(['query', '--format', 'json', '--store', store, '-e',
      'SELECT DISTINCT ?country WHERE { { ?country cg:consentedToJoin cgr:aiib } UNION { ?country cg:memberOf cgr:aiib } ?country a cg:Country } ORDER BY ?country']);
    expect(jsonRows(JSON.parse(r.stdout)).map((x) => x.country)).toEqual(CENTRAL_ASIA_BUT_TURKMENISTAN.map(cgr));
  });

  it('aiib-not-sco-strict: empty, the one denied SCO member (Turkmenistan) did not consent to the AIIB', async () => {
    expect(await rows('aiib-not-sco-strict')).toEqual([]);
  });

  it('members-of: the SCO by default: four Central Asian republics and Russia', async () => {
    const got = await rows('members-of');
    expect(got.map((x) => x.member)).toEqual(['kazakhstan', 'kyrgyzstan', 'russia', 'tajikistan', 'uzbekistan'].map(cgr));
    expect(got.find((x) => x.member === cgr('russia'))?.label).toBe('Russia');
  });

  it('members-of --param org=aiib: nobody (consent to join is not stated membership)', async () => {
    expect(await rows('members-of', '--param', 'org=aiib')).toEqual([]);
  });

  it('about --param entity=sco: memberships (stated, expected, denied) and its initiator', async () => {
    const got = await rows('about', '--param', 'entity=cgr:sco');
    const facts = got.map((x) => `${x.subject.split('/').pop()} ${x.predicate.split('#').pop()} ${x.object.split('/').pop()} ${x.polarity.split('#').pop()} ${x.modality.split('#').pop()}`).sort();
    expect(facts).toEqual([
      'india memberOf sco Positive Expected',
      'kazakhstan memberOf sco Positive Stated',
      'kyrgyzstan memberOf sco Positive Stated',
      'pakistan memberOf sco Positive Expected',
      'russia memberOf sco Positive Stated',
      'sco initiatedBy china Positive Stated',
      'tajikistan memberOf sco Positive Stated',
      'turkmenistan memberOf sco Negative Stated',
      'uzbekistan memberOf sco Positive Stated',
    ]);
  });

  it('about (default Turkmenistan): includes its denials, the energy deal, its gas reserves and its president missing the parade', async () => {
    const got = await rows('about');
    const facts = new Set(got.map((x) => `${x.subject.split('/').pop()} ${x.predicate.split('#').pop()} ${x.object.split('/').pop()} ${x.polarity.split('#').pop()}`));
    for (const f of [
      'turkmenistan memberOf sco Negative',
      'turkmenistan consentedToJoin aiib Negative',
      'japan signedDealWith turkmenistan Positive',
      'turkmenistan naturalGasReservesRank 4 Positive',
      'turkmenistan follows non-alignment Positive',
      'china importsFrom turkmenistan Positive',
      'president-of-turkmenistan attended victory-day-parade-2015 Negative',
      'shinzo-abe visited turkmenistan Positive',
    ]) expect(facts, f).toContain(f);
    // Nothing about the other republics' SCO membership leaks in.
    expect([...facts].some((f) => f.startsWith('kazakhstan '))).toBe(false);
  });

  it('money-per-country: the four recipients, US$ and yen as stated', async () => {
    const got = await rows('money-per-country');
    const byCountry = Object.fromEntries(got.map((x) => [x.country.split('/').pop(), { usd: Number(x.usdTotal), jpy: Number(x.jpyTotal), kinds: x.kinds }]));
    expect(byCountry).toEqual({
      turkmenistan: { usd: 18e9, jpy: 2.17e12, kinds: 'signedDealWith (stated)' },
      kyrgyzstan: { usd: 107.9e6, jpy: 13e9, kinds: 'grantTo (pledged)' },
      uzbekistan: { usd: 105e6, jpy: 12.7e9, kinds: 'financialAssistanceTo (stated)' },
      tajikistan: { usd: 7.47e6, jpy: 900e6, kinds: 'grantTo (possible)' },
    });
    // Ordered by US$ total, largest first.
    expect(got.map((x) => x.country.split('/').pop())).toEqual(['turkmenistan', 'kyrgyzstan', 'uzbekistan', 'tajikistan']);
  });

  it('parade-attendance: four presidents attended, the Turkmen one did not', async () => {
    const got = await rows('parade-attendance');
    const seen = Object.fromEntries(got.map((x) => [x.country.split('/').pop(), x.attended]));
    expect(seen).toEqual({ kazakhstan: 'yes', kyrgyzstan: 'yes', tajikistan: 'yes', uzbekistan: 'yes', turkmenistan: 'no' });
    expect(got.at(-1)?.attendee).toBe(cgr('president-of-turkmenistan'));
  });

  it('negative-claims: the four denials of the article', async () => {
    const got = await rows('negative-claims');
    const facts = got.map((x) => `${x.subject.split('/').pop()} ${x.predicate.split('#').pop()} ${x.object.split('/').pop()}`).sort();
    expect(facts).toEqual([
      'japan activeIn central-asia', // "Since Japan has not been active in the region"
      'president-of-turkmenistan attended victory-day-parade-2015', // "... except Turkmenistan's President were in attendance"
      'turkmenistan consentedToJoin aiib', // "Central Asia minus Turkmenistan has also given their official consent"
      'turkmenistan memberOf sco', // "All Central Asian Republics and Russia except Turkmenistan are active members"
    ]);
    expect(got.every((x) => x.modality === cg('Stated'))).toBe(true);
  });

  it('claims-per-sentence: counts of sentences whose claims are unambiguous, in text order', async () => {
    const got = await rows('claims-per-sentence');
    const count = (start: string) => Number(got.find((x) => x.text.startsWith(start))?.claims);
    // five SCO members + Turkmenistan's exception + China initiating the SCO
    expect(count('All Central Asian Republics and Russia except Turkmenistan')).toBe(7);
    // India and Pakistan expected members
    expect(count('India and Pakistan are also set to become')).toBe(2);
    // pipeline operational since 2009 + China the largest importer
    expect(count('China-Turkmenistan gas pipeline')).toBe(2);
    // only the negative claim about Japan
    expect(count('Since Japan has not been active')).toBe(1);
    const begins = got.map((x) => Number(x.begin));
    expect(begins).toEqual([...begins].sort((a, b) => a - b));
    expect(got.every((x) => Number(x.claims) >= 1)).toBe(true);
    // Boilerplate and the byline's name line cite nothing.
    expect(got.some((x) => x.text.startsWith('Leave a Reply'))).toBe(false);
  });
});
