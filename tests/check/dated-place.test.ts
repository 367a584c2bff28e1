// The place of a dated single event (src/check/dated-place.ts, reader dated-place): the graph gives
// the AIIB's one opening (cg:openedOn, functional) a location qualifier, Beijing; "opened in P"
// names no day, so it was unread. Read once per day the graph gives, the place decides.
import { describe, expect, it } from 'vitest';
import { readDatedPlace } from '../../src/check/dated-place.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { ctx, check } = await checkGraphDir(corpusFixture);

describe('the place of a dated single event', () => {
  it('is supported at its location or a place the location lies in', async () => {
    const r = await check('The AIIB was opened in Beijing.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.evidence.some((e) => e.text.includes('formally opened on Saturday in Beijing'))).toBe(true);
    expect((await check('The Asian Infrastructure Investment Bank opened for business in China.')).verdict).toBe('SUPPORTED');
  });
  it('is refuted in another city, or in a country the location does not lie in', async () => {
    const r = await check('The AIIB was formally opened in Manila.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('Beijing is not in Manila');
    // round 35: "formally launched" as "formally opened"
    expect((await check('The AIIB was formally launched in Manila.')).verdict).toBe('REFUTED');
    expect((await check('The AIIB was opened in Kazakhstan.')).verdict).toBe('REFUTED');
    expect((await check('The AIIB was not opened in Beijing.')).verdict).toBe('REFUTED');
  });
  it('reads no recurring relation, and no claim without a place after "in"', () => {
    // a visit may recur: another visit could have been to the place
    expect(readDatedPlace(ctx, 'Abe visited Turkmenistan in Kazakhstan.')).toBeUndefined();
    expect(readDatedPlace(ctx, 'The AIIB opened in January 2016.')).toBeUndefined();
  });
});

// Round 21 (branch refute21): a claim that says the day too ("opened in Shanghai on January 16,
// 2016") read with the place as a qualifier was left undecided (a place is not single-valued in
// general); the one dated event's location decides it.
describe('the place of a dated single event, with its day said', () => {
  it('is refuted in another city on the event\'s day or month, supported at its location', async () => {
    const r = await check('The AIIB opened in Shanghai on January 16, 2016.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('Beijing is not in Shanghai');
    expect((await check('The AIIB opened in Manila in January 2016.')).verdict).toBe('REFUTED');
    expect((await check('The AIIB opened in Beijing on January 16, 2016.')).verdict).toBe('SUPPORTED');
  });
  it('reads a recurring relation with a day as before', () => {
    expect(readDatedPlace(ctx, 'Abe visited Turkmenistan in Kazakhstan in October 2015.')).toBeUndefined();
  });
  it('leaves a contrast with another place to the reader of contrasts (round 24: was a false SUPPORTED)', async () => {
    expect(readDatedPlace(ctx, 'The AIIB opened in Shanghai, not in Beijing.')).toBeUndefined();
    // said-otherwise.ts: the main place refuted, the other one denied
    expect((await check('The AIIB opened in Shanghai, not in Beijing.')).verdict).toBe('REFUTED');
    expect((await check('The AIIB opened in Beijing, not in Shanghai.')).verdict).toBe('SUPPORTED');
  });
});

// round 40 (precision40's traps): "opened in Shanghai. Not in Beijing." joined as "... in Shanghai;
// Not in Beijing": the later denial, of Beijing, was turned on the place and SUPPORTED the claim
describe('a denial after the place', () => {
  it('is not the place\'s denial', async () => {
    expect(readDatedPlace(ctx, 'The AIIB opened in Shanghai; Not in Beijing')).toBeUndefined();
    expect((await check('The AIIB opened in Shanghai. Not in Beijing.')).verdict).not.toBe('SUPPORTED');
  });
  it('before the place still denies it', async () => {
    expect(readDatedPlace(ctx, 'The AIIB did not open in Shanghai')?.evaluation.verdict).toBe('SUPPORTED');
    expect(readDatedPlace(ctx, 'The AIIB never opened in Beijing')?.evaluation.verdict).toBe('REFUTED');
  });
});
