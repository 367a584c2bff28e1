// A dated statement with its time to another thing after a comma (round 11, branch `spans`,
// src/check/dated-then.ts), and the years alone deciding "A before B" without a count
// (src/check/spans.ts). The claims below were unread before.
import { describe, expect, it } from 'vitest';
import { datedThen } from '../../src/check/dated-then.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);

describe('datedThen', () => {
  it('cuts the dated statement from its time to the other thing', () => {
    expect(datedThen("Rufus went to Sylvania in 2006, before the gala.")).toEqual({ statement: 'Rufus went to Sylvania in 2006.', date: '2006', relation: 'before the gala' });
    expect(datedThen('The bank opened on January 16, 2016, three weeks after the gala.')?.relation).toBe('three weeks after the gala');
    expect(datedThen('Rufus did not go to Sylvania in 2006, before the gala.')).toBeUndefined();
  });
});

describe('dated statements with a time to another thing, end to end', () => {
  it('decides by the compound rule, the dated statement itself included', async () => {
    expect((await check("Koizumi went to Kazakhstan in 2006, before Abe's visit.")).verdict).toBe('SUPPORTED');
    expect((await check("Koizumi visited Uzbekistan in 2006, after Abe's visit.")).verdict).toBe('REFUTED');
    // round 33 (fix26a): the statement (2008) is held (a visit may happen again), whatever its time
    // to the visit, so the whole is held
    expect((await check("Koizumi visited Kazakhstan in 2008, before Abe's visit.")).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('reads "had" left out of "last hosted", and the accession process said as a noun', async () => {
    expect((await check('Two Central Asian countries, Kazakhstan and Uzbekistan, last hosted a Japanese prime minister in 2006.')).verdict).toBe('SUPPORTED');
    expect((await check('Uzbekistan last hosted a Japanese prime minister in 2010.')).verdict).toBe('REFUTED');
    expect((await check('India and Pakistan started the SCO accession process in summer 2015.')).verdict).toBe('SUPPORTED');
    expect((await check('India and Pakistan began the SCO accession process in July 2014.')).verdict).toBe('REFUTED');
  });
});
