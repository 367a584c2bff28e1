// A named person representing a state at an event (src/check/represented-by.ts, round 30).
import { describe, expect, it } from 'vitest';
import { representedParts } from '../../src/check/represented-by.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the fixture plus Chicolini, Sylvania's president, at the gala
const CHICOLINI = `
cgr:chicolini a cg:Person ; rdfs:label "Chicolini" .
${fixtureClaim({ id: 'chicolini.holdsOffice.president-of-sylvania', s: 'cgr:chicolini', p: 'cg:holdsOffice', o: 'cgr:president-of-sylvania', asserted: true })}
${fixtureClaim({ id: 'chicolini.attended.gala', s: 'cgr:chicolini', p: 'cg:attended', o: 'cgr:gala', asserted: true })}
`;
const { check } = checkFixture(CHICOLINI);

describe('a claim of a person representing a state at an event', () => {
  it('is split into the person, the state and the event, passives first', () => {
    expect(representedParts('Chicolini represented Sylvania at the gala.')).toEqual({ who: 'Chicolini', state: 'Sylvania', event: 'the gala' });
    expect(representedParts('Sylvania was represented by Chicolini at the gala.')).toEqual({ who: 'Chicolini', state: 'Sylvania', event: 'the gala' });
    expect(representedParts('Sylvania was represented at the gala by Chicolini.')).toEqual({ who: 'Chicolini', state: 'Sylvania', event: 'the gala' });
    expect(representedParts('Sylvania sent Chicolini to the gala.')).toEqual({ who: 'Chicolini', state: 'Sylvania', event: 'the gala' });
  });
  it('takes one denial of the verb (round 33), and is not read with a hedge, a list or a possessive pronoun', () => {
    expect(representedParts('Chicolini did not represent Sylvania at the gala.')).toEqual({ who: 'Chicolini', state: 'Sylvania', event: 'the gala', negated: true });
    expect(representedParts('Sylvania was not represented by Chicolini at the gala.')).toEqual({ who: 'Chicolini', state: 'Sylvania', event: 'the gala', negated: true });
    expect(representedParts('Sylvania did not send Chicolini to the gala.')).toEqual({ who: 'Chicolini', state: 'Sylvania', event: 'the gala', negated: true });
    expect(representedParts('Sylvania was never represented by Chicolini at the gala.')).toBeUndefined();
    expect(representedParts('Chicolini may have represented Sylvania at the gala.')).toBeUndefined();
    expect(representedParts('Chicolini and Rufus represented Sylvania at the gala.')).toBeUndefined();
    expect(representedParts('Sylvania was represented by its president at the gala.')).toBeUndefined();
  });
  it('is supported by the person at the event holding an office of the state', async () => {
    const r = await check('Chicolini represented Sylvania at the gala.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toMatch(/Chicolini attended the gala/);
    expect((await check('Sylvania sent Chicolini to the gala.')).verdict).toBe('SUPPORTED');
  });
  it('is refuted by an office of another state, and held when the person is not placed at the event', async () => {
    expect((await check('Chicolini represented Freedonia at the gala.')).verdict).toBe('REFUTED');
    expect((await check('Freedonia was represented by Chicolini at the gala.')).verdict).toBe('REFUTED');
    expect((await check('Gloria Teasdale represented Freedonia at the gala.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('denied, is refuted by the support of the affirmative and held otherwise (round 33)', async () => {
    const r = await check('Sylvania was not represented by Chicolini at the gala.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.evidence.some((e) => e.stance === 'refutes')).toBe(true);
    expect((await check("Sylvania wasn't represented by Chicolini at the gala.")).verdict).toBe('REFUTED');
    // another state's official, or one not placed there: never a support of the denial
    expect((await check('Freedonia was not represented by Chicolini at the gala.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Freedonia was not represented by Gloria Teasdale at the gala.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
