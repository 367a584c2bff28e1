// Who held an office at an event (src/check/event-holder.ts, round 11): a holder claim with an
// event is checked at the event's day, against the holder claims of sources of that day (one
// holder at a time, one state at a time).
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const S = '<https://w3id.org/claimgraph/article/fixture-article/sentence/s015>';
const claim = (id: string, s: string, p: string, o: string, more = ''): string =>
  fixtureClaim({ id, s: `cgr:${s}`, p: `cg:${p}`, o: `cgr:${o}`, sentence: 's015', more });
// a dispatch of the gala's day: "Freedonian President Rufus Firefly hosted Sylvanian President Groucho at the gala"
const { check } = checkFixture(`
cgr:dispatch a schema:NewsArticle ; schema:datePublished "2020-05-01"^^xsd:date .
cgr:groucho a cg:Person ; rdfs:label "Groucho Marx" ; skos:altLabel "Groucho" .
${claim('rufus.hostOf.gala', 'rufus', 'hostOf', 'gala', 'cg:event cgr:gala ; cg:date "2020-05-01"^^xsd:date ; cg:statedIn cgr:dispatch ;')}
${claim('rufus.holdsOffice.president-of-freedonia', 'rufus', 'holdsOffice', 'president-of-freedonia', 'cg:statedIn cgr:dispatch ;')}
${claim('groucho.holdsOffice.president-of-sylvania', 'groucho', 'holdsOffice', 'president-of-sylvania', 'cg:statedIn cgr:dispatch ;')}
`);

describe('an office held at an event', () => {
  it('refutes another holder named by a source of the event\'s day', async () => {
    const r = await check("Sylvania's president at the Founders Gala was Rufus Firefly.");
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('2020-05-01');
    expect((await check("Freedonia's president at the Founders Gala was Groucho.")).verdict).toBe('REFUTED');
  });

  it('does not refute the holder the source names', async () => {
    expect((await check("Freedonia's president at the Founders Gala was Rufus Firefly.")).verdict).not.toBe('REFUTED');
  });

  it('says nothing without the event (a past claim with no time)', async () => {
    expect((await check("Rufus Firefly was Sylvania's president.")).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
