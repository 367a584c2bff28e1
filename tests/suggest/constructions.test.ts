import { describe, expect, it } from 'vitest';
import { classNoun, Discourse } from '../../src/suggest/discourse.js';
import { suggestArticle, type ProposedClaim } from '../../src/suggest/index.js';
import { suggestProject } from '../helpers/suggest-fixture.js';

describe('constructions on a fixture article (gala-report)', () => {
  const report = suggestArticle(suggestProject(), 'gala-report', { dryRun: true });
  const find = (subject: string, predicate: string): ProposedClaim | undefined => report.claims.find((c) => c.subject === subject && c.predicate === predicate);

  it('reads a title written before a name as the office the person holds', () => {
    expect(find('rufus-firefly', 'holdsOffice')).toMatchObject({ object: 'president-of-freedonia', quote: 'Freedonian President Rufus Firefly' });
    expect(find('rufus-firefly', 'holdsOffice')!.why).toContain('a title before a name');
  });
  it('reads a name used as a modifier ("the Sylvania-led League")', () => {
    expect(find('league', 'ledBy')).toMatchObject({ object: 'sylvania', quote: 'The Sylvania-led League' });
  });
  it('reads "the bank" as the bank the sentence named before, and says so', () => {
    const c = find('acme-bank', 'ledBy')!;
    expect(c).toMatchObject({ object: 'freedonia', quote: 'the bank is led by Freedonia' });
    expect(c.why).toContain('"the bank" read as acme-bank');
    expect(c.confidence).toBeLessThan(0.75);
  });
  it('reads a dateline\'s place as lying in the region after it', () => {
    expect(find('sylvan-city', 'locatedIn')).toMatchObject({ object: 'sylvania', quote: 'SYLVAN CITY, Sylvania' });
  });
  it('reads a month as the month, where the property takes one', () => {
    expect(find('sylvanian-pipeline', 'operationalSince')).toMatchObject({ object: '2009-12' });
  });
  it('reads the byline\'s role line about the author, quoting the byline', () => {
    expect(find('jane-doe', 'affiliatedWith')).toMatchObject({ object: 'acme-bank', quote: 'Senior Fellow, Acme Development Bank (Sylvania)' });
    expect(find('jane-doe', 'jobTitle')).toMatchObject({ object: 'Senior Fellow' });
    expect(find('acme-bank', 'locatedIn')).toMatchObject({ object: 'sylvania', quote: 'Acme Development Bank (Sylvania)' });
  });
});

describe('references back', () => {
  const env = { classesOf: (id: string) => (id.endsWith('bank') ? ['MultilateralBank', 'Organisation', 'Agent', 'Entity'] : ['Country', 'Place', 'Agent', 'Entity']) };
  it('take the class noun from the ontology\'s class names', () => {
    expect(classNoun('MultilateralBank')).toBe('bank');
    expect(classNoun('Region')).toBe('region');
    expect(classNoun('GasField')).toBe('field');
  });
  it('prefer what the same sentence named before, then the one named most lately, and give up on a tie', () => {
    const d = new Discourse('a');
    d.endSentence(['acme-bank']); // headline
    d.endSentence(['acme-bank', 'freedonia']);
    d.endSentence(['world-bank']);
    expect(d.resolveDescription('bank', ['world-bank'], env)?.id).toBe('world-bank');
    expect(d.resolveDescription('bank', [], env)?.id).toBe('acme-bank');
    expect(d.resolveDescription('country', [], env)?.id).toBe('freedonia');
    expect(d.resolveDescription('pipeline', [], env)).toBeUndefined();
    const tie = new Discourse('b');
    tie.endSentence([]);
    tie.endSentence(['acme-bank', 'world-bank']);
    expect(tie.resolveDescription('bank', [], env)).toBeUndefined();
  });
});

describe('leaders acting for their states, and a long name with its abbreviation (pipeline-launch)', () => {
  const report = suggestArticle(suggestProject(), 'pipeline-launch', { dryRun: true });
  it('reads "Leaders of A, B and C launched ..." as A, B and C launching it', () => {
    const launched = report.claims.filter((x) => x.predicate === 'launchedConstructionOf');
    expect(launched.map((c) => c.subject).sort()).toEqual(['freedonia', 'marsovia', 'sylvania']);
    for (const c of launched) expect(c).toMatchObject({ object: 'four-nation-pipeline', polarity: 'positive' });
  });
  it('reads a ten-word name through the abbreviation in parentheses after it, and quotes the sentence\'s words', () => {
    const c = report.claims.find((x) => x.predicate === 'launchedConstructionOf')!;
    expect(c.quote).toContain('Freedonia-Sylvania-Marsovia-Grand Fenwick (FSMG) gas pipeline');
  });
  it('proposes no new entity for the abbreviation', () => {
    expect(report.entities.map((e) => e.label)).not.toContain('FSMG');
  });
});

describe('an object left unsaid at the end of a clause (bank-founders)', () => {
  const report = suggestArticle(suggestProject(), 'bank-founders', { dryRun: true });
  it('reads "are among the founding members." as members of the bank the article is about, less sure', () => {
    const founders = report.claims.filter((c) => c.predicate === 'foundingMemberOf');
    expect(founders.map((c) => c.subject).sort()).toEqual(['freedonia', 'marsovia']);
    for (const c of founders) {
      expect(c).toMatchObject({ object: 'acme-bank', quote: 'Freedonia and Marsovia are among the founding members' });
      expect(c.why).toContain('the object left unsaid after "members"');
      expect(c.confidence).toBeLessThan(0.75);
    }
  });
  it('reads "stayed out," before the next clause as not a member of it', () => {
    expect(report.claims.find((c) => c.subject === 'grand-fenwick')).toMatchObject({ predicate: 'memberOf', object: 'acme-bank', polarity: 'negative' });
  });
  it('reads "the largest shareholder," the same way (a choice of prepositions with "of" in the pattern)', () => {
    expect(report.claims.find((c) => c.predicate === 'shareholderOf')).toMatchObject({ subject: 'marsovia', object: 'acme-bank', quote: 'Marsovia is the largest shareholder' });
  });
  it('adds no object where the clause does not end on such a word', () => {
    expect(report.claims.find((c) => c.subject === 'sylvania')).toBeUndefined();
  });
});

describe('the widest reading when the pattern writes its object first (summit-host)', () => {
  const report = suggestArticle(suggestProject(), 'summit-host', { dryRun: true });
  it('reads "X will host the Acme Bank summit" about the summit, not also about the bank its name begins with', () => {
    const about = report.claims.filter((c) => c.object === 'sylvan-city' || c.subject === 'sylvan-city').map((c) => (c.subject === 'sylvan-city' ? c.object : c.subject));
    expect(about).toContain('acme-bank-summit');
    expect(about).not.toContain('acme-bank');
  });
});

describe('a pronoun opening a sentence (pronoun-subjects)', () => {
  const report = suggestArticle(suggestProject(), 'pronoun-subjects', { dryRun: true });
  it('reads "It" as the one thing the sentence before named, less sure, and says so', () => {
    const c = report.claims.find((x) => x.predicate === 'memberOf' && x.object === 'league');
    expect(c).toMatchObject({ subject: 'grand-fenwick', quote: 'It joined the League in 2015' });
    expect(c!.why).toContain('"It" read as grand-fenwick');
    expect(c!.confidence).toBeLessThan(0.75);
  });
  it('reads "He" as the one person the sentence before named', () => {
    // "on Tuesday" is read too, from the date of publication (Tuesday 2016-02-02)
    expect(report.claims.find((x) => x.predicate === 'visited' && x.object === 'marsovia')).toMatchObject({ subject: 'rufus-firefly', quote: 'He visited Marsovia on Tuesday' });
  });
  it('proposes nothing when the sentence before named several things "It" could be', () => {
    expect(report.claims.find((x) => x.object === 'acme-bank')).toBeUndefined();
  });
});

describe('offices stated in apposition to a name (office-appositions)', () => {
  const report = suggestArticle(suggestProject(), 'office-appositions', { dryRun: true });
  const offices = (person: string): string[] => report.claims.filter((c) => c.subject === person && c.predicate === 'holdsOffice').map((c) => String(c.object)).sort();
  it('reads "Y, a former <office>," as Y holding that office, quoting the name and the apposition', () => {
    const c = report.claims.find((x) => x.subject === 'otto-kringelein' && x.object === 'vice-minister-of-finance-of-freedonia')!;
    expect(c).toMatchObject({ predicate: 'holdsOffice', polarity: 'positive', modality: 'stated', quote: 'Otto Kringelein, a former Freedonian vice-minister of finance' });
    expect(c.why).toContain('an office in apposition');
  });
  it('reads the main clause past the apposition, and "the bank\'s first president" as the office of the bank named before', () => {
    expect(offices('otto-kringelein')).toEqual(['president-of-acme-bank', 'vice-minister-of-finance-of-freedonia']);
    const c = report.claims.find((x) => x.object === 'president-of-acme-bank')!;
    expect(c.why).toContain('"the bank" read as acme-bank');
  });
  it('reads "X (ABBR), whose president is Y" as Y holding the office of president of X', () => {
    expect(offices('ambrose-chapel')).toEqual(['president-of-league']);
    expect(report.claims.find((x) => x.subject === 'ambrose-chapel')!.why).toContain('a "whose" clause');
  });
  it('proposes no office where the apposition names none', () => {
    expect(report.claims.filter((c) => c.predicate === 'holdsOffice').map((c) => c.subject).sort()).toEqual(['ambrose-chapel', 'otto-kringelein', 'otto-kringelein']);
    expect(report.claims.filter((c) => c.subject === 'sylvania' || c.subject === 'marsovia').map((c) => c.predicate)).not.toContain('holdsOffice');
  });
});

describe('a host and guests with the event left unsaid (gala-hosts)', () => {
  const report = suggestArticle(suggestProject(), 'gala-hosts', { dryRun: true });
  it('reads "X hosted A and B." as X hosting, and A and B attending, the one event the sentence before named', () => {
    const host = report.claims.find((c) => c.predicate === 'hostOf' && c.subject === 'rufus-firefly')!;
    expect(host).toMatchObject({ object: 'founders-gala', polarity: 'positive', modality: 'stated' });
    expect(host.why).toContain('the event left unsaid after "hosted" read as founders-gala');
    expect(host.confidence).toBeLessThan(0.75);
    const guests = report.claims.filter((c) => c.predicate === 'attended' && c.object === 'founders-gala');
    expect(guests.map((c) => c.subject).sort()).toEqual(['ambrose-chapel', 'otto-kringelein']);
    expect(guests.find((c) => c.subject === 'ambrose-chapel')!.quote).toBe('Ambrose Chapel');
    // and as the host's guests (cg:guestOf, disjoint with cg:hostOf: what tells them from co-hosts)
    const asGuests = report.claims.filter((c) => c.predicate === 'guestOf' && c.object === 'founders-gala');
    expect(asGuests.map((c) => c.subject).sort()).toEqual(['ambrose-chapel', 'otto-kringelein']);
  });
  it('reads nothing when the sentence before named two events', () => {
    expect(report.claims.filter((c) => c.subject === 'sylvania' || c.subject === 'jane-doe').map((c) => c.predicate)).not.toContain('hostOf');
    expect(report.claims.filter((c) => c.subject === 'jane-doe' && c.predicate === 'attended')).toEqual([]);
  });
});

describe('a name that states a route (route-names)', () => {
  const report = suggestArticle(suggestProject(), 'route-names', { dryRun: true });
  const route = (line: string): string[] => report.claims.filter((c) => c.subject === line && ['runsFrom', 'crosses', 'runsTo'].includes(c.predicate))
    .map((c) => `${c.predicate} ${String(c.object)} ${c.modality}`).sort();
  it('reads a line named after four places as running from the first, across the middle two, to the last', () => {
    expect(route('four-nation-pipeline')).toEqual(['crosses marsovia expected', 'crosses sylvania expected', 'runsFrom freedonia expected', 'runsTo grand-fenwick expected']);
    const c = report.claims.find((x) => x.subject === 'four-nation-pipeline' && x.predicate === 'runsFrom')!;
    expect(c.why).toContain('a name that states a route');
    // the modality comes from what the article says of the line elsewhere ("will carry gas to")
    expect(c.why).toContain('modality expected');
  });
  it('reads no direction from a name of two places', () => {
    expect(route('sylvania-marsovia-pipeline')).toEqual([]);
  });
});

describe('weekdays and the day of an event (weekday-dates, published Monday 2016-02-08)', () => {
  const report = suggestArticle(suggestProject(), 'weekday-dates', { dryRun: true });
  it('reads "on Saturday" as the last Saturday up to the date of publication', () => {
    expect(report.claims.find((c) => c.subject === 'acme-bank' && c.predicate === 'openedOn')).toMatchObject({ object: '2016-02-06' });
  });
  it('dates an event by the day of a statement about it ("at the Gala near X on Sunday")', () => {
    const c = report.claims.find((x) => x.subject === 'founders-gala' && x.predicate === 'heldOn')!;
    expect(c).toMatchObject({ object: '2016-02-07', polarity: 'positive' });
    expect(c.why).toContain("is the event's day");
  });
  it('reads no weekday in a clause about the future', () => {
    expect(report.claims.filter((c) => c.subject === 'league' && c.predicate === 'openedOn')).toEqual([]);
  });
});

describe('a possessive before an action noun (nominal-visits)', () => {
  const report = suggestArticle(suggestProject(), 'nominal-visits', { dryRun: true });
  const visits = report.claims.filter((c) => c.predicate === 'visited');
  it('reads "X\'s high-profile visit to Y" as X visiting Y, through the lexicon\'s "on a visit to" pattern', () => {
    const c = visits.find((x) => x.object === 'sylvania')!;
    expect(c).toMatchObject({ subject: 'rufus-firefly', polarity: 'positive' });
    expect(c.quote).toMatch(/^Firefly's high-profile visit to Sylvania/);
    expect(c.why).toContain('a possessive before "visit"');
  });
  it('reads "his" as the one person named before it, over a parenthesis', () => {
    const c = visits.find((x) => x.object === 'grand-fenwick')!;
    expect(c).toMatchObject({ subject: 'rufus-firefly' });
    expect(c.why).toContain('"his" read as rufus-firefly');
  });
  it('reads no possessor for "his" when two people are named before it', () => {
    expect(visits.find((x) => x.object === 'marsovia')).toBeUndefined();
  });
});

describe('companions of a visit, and firms named after their country (companions)', () => {
  const report = suggestArticle(suggestProject(), 'companions', { dryRun: true });
  it('reads those who travel with a visitor as visiting too', () => {
    const c = report.claims.find((x) => x.subject === 'freedonian-delegation' && x.predicate === 'visited')!;
    expect(c).toMatchObject({ object: 'sylvania', polarity: 'positive' });
    expect(c.why).toContain('those who travel with a visitor visit too');
  });
  it('reads no visit for someone met, not taken along', () => {
    expect(report.claims.filter((x) => x.subject === 'freedonian-delegation' && x.object === 'marsovia')).toEqual([]);
  });
  it('reads "<Country> firms such as X" as X located in the country (a lexicon pattern)', () => {
    expect(report.claims.find((x) => x.subject === 'acme-widgets' && x.predicate === 'locatedIn')).toMatchObject({ object: 'sylvania' });
  });
});

describe('a relative clause inside an apposition (office-appositions)', () => {
  const report = suggestArticle(suggestProject(), 'office-appositions', { dryRun: true });
  it('reads "X (ABBR), another N that has been perceived as a rival of Y" as a statement about X, quoting from the full name', () => {
    const c = report.claims.find((x) => x.subject === 'league' && x.predicate === 'rivalOf')!;
    expect(c).toMatchObject({ object: 'acme-bank', modality: 'perceived' });
    expect(c.quote).toMatch(/^(the )?League of Nations States \(LNS\), another/);
    expect(c.why).toContain('a relative clause in an apposition');
  });
});

describe('a ranking continued by "followed by" (rankings)', () => {
  const report = suggestArticle(suggestProject(), 'rankings', { dryRun: true });
  it('reads "X is the largest shareholder of B, ..., followed by A and C" as A and C shareholders of B too', () => {
    const holders = report.claims.filter((c) => c.predicate === 'shareholderOf' && c.object === 'acme-bank');
    expect(holders.map((c) => c.subject).sort()).toEqual(['freedonia', 'marsovia', 'sylvania']);
    const c = holders.find((x) => x.subject === 'sylvania')!;
    expect(c.why).toContain('a ranking continued');
    expect(c.qualifiers).not.toHaveProperty('rank');
  });
  it('continues no value ("30 percent" is the first one\'s alone)', () => {
    expect(report.claims.filter((c) => c.subject === 'sylvania' && c.predicate !== 'shareholderOf')).toEqual([]);
  });
});
