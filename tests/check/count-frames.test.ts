// Counts with their members named, counts of a thing the graph denies, "exactly N" (round 11,
// branch `spans`, src/check/count-frames.ts). Each end-to-end claim was unread, or read only in
// part, before.
import { describe, expect, it } from 'vitest';
import { countedObjectAsOne, namedCount, objectNamedCount } from '../../src/check/count-frames.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);

describe('namedCount and countedObjectAsOne', () => {
  it('reads a count whose names are as many as it says, and no other', () => {
    expect(namedCount('Two states, Freedonia and Sylvania, signed the treaty.')).toMatchObject({ n: 2, kind: 'state', names: ['Freedonia', 'Sylvania'], claim: 'Freedonia and Sylvania signed the treaty.', rest: 'signed the treaty.', plural: 'states' });
    expect(namedCount('Three Ruritanian countries, Freedonia, Sylvania and Marsovia, joined.')?.kind).toBe('Ruritanian country');
    expect(namedCount('Three states, Freedonia and Sylvania, signed the treaty.')).toBeUndefined();
  });
  it('reads a count with its names at the end of the claim (round 18)', () => {
    expect(objectNamedCount('The canal crosses two states, Freedonia and Sylvania.')).toMatchObject({ n: 2, kind: 'state', names: ['Freedonia', 'Sylvania'], claim: 'The canal crosses Freedonia and Sylvania.', counted: 'The canal crosses two states.' });
    expect(objectNamedCount('Firefly hosted three foreign leaders: Teasdale, Rufus and Marsovia\'s king.')?.each).toEqual(['Firefly hosted Teasdale.', 'Firefly hosted Rufus.', 'Firefly hosted Marsovia\'s king.']);
    expect(objectNamedCount('The canal crosses three states, Freedonia and Sylvania.')).toBeUndefined();
    expect(objectNamedCount('The canal does not cross two states, Freedonia and Sylvania.')).toBeUndefined();
    expect(objectNamedCount('The bank opened three weeks, Monday and Tuesday.')).toBeUndefined();
    expect(namedCount('Three leaders, A, B and C, attended the gala.')?.counted).toBe('Three leaders attended the gala.');
  });
  it('says a counted thing as one, never a measure or a denial', () => {
    expect(countedObjectAsOne('The bank has approved three loans to Ruritania.')).toEqual({ claim: 'The bank has approved a loan to Ruritania.', said: 'three' });
    expect(countedObjectAsOne('Freedonia signed several energy deals with Sylvania.')?.claim).toBe('Freedonia signed an energy deal with Sylvania.');
    expect(countedObjectAsOne('The bank opened three weeks after the gala.')).toBeUndefined();
    expect(countedObjectAsOne('The bank has not approved three loans.')).toBeUndefined();
  });
});

describe('count frames, end to end', () => {
  it('checks each named member\'s kind and the deed, by the compound rule', async () => {
    expect((await check('Two countries, India and Pakistan, began the process of joining the SCO in July 2015.')).verdict).toBe('SUPPORTED');
    const r = await check('Two Central Asian republics, Kazakhstan and Turkmenistan, are outside the SCO.');
    expect(r.verdict).toBe('REFUTED');
    // the count is decided over the list the corpus closes (cg:guestCount 3: the host's guests,
    // all named); a member the list does not hold leaves it undecided, never refuted by the count
    expect((await check('Three foreign leaders, Ghani, Sharif and Ansari, attended the TAPI groundbreaking.')).verdict).toBe('SUPPORTED');
    expect((await check('Three foreign leaders, Ghani, Sharif and Modi, attended the TAPI groundbreaking.')).verdict).toBe('NOT_ENOUGH_INFO');
    // a refuted deed decides
    expect((await check('The Central Asia-China gas pipeline crosses two countries, Uzbekistan and Kazakhstan.')).verdict).toBe('SUPPORTED');
  });
  it('refutes a count of a thing the graph denies, and decides nothing else', async () => {
    const r = await check('The AIIB has approved two loans to Central Asia.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('says at least one');
    expect((await check('Japan signed three energy deals with Kazakhstan.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('reads "exactly N of the G" as "only N of the G"', async () => {
    expect((await check('Exactly four of the five Central Asian republics are SCO members.')).verdict).toBe('SUPPORTED');
    expect((await check('Exactly three of the five Central Asian republics are SCO members.')).verdict).toBe('REFUTED');
  });
});
