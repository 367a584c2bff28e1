// A reader's words misquoted (src/check/comment-misquote.ts, round 18): a comment held whole,
// repeated with one name or time word swapped for another of its kind, refutes the attribution;
// a place of another kind, a wider wording or an author's words never do.
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('a reader misquoted', () => {
  it('refutes a city swapped for another city, citing the comment', async () => {
    const r = await check('Dilnoza R. wrote that Almaty will host the SCO summit this summer.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('misquote');
    expect(r.evidence.map((e) => e.text).join(' ')).toContain('Tashkent will host the SCO summit');
  });

  it('refutes a season or a country swapped', async () => {
    expect(await verdict('Dilnoza R. commented that Tashkent would host the SCO summit this winter.')).toBe('REFUTED');
    expect(await verdict('Marat K. said the AIIB would approve its first loan to Tajikistan before the end of 2016.')).toBe('REFUTED');
  });

  it('keeps the words as written supported, and a country for a city is no swap', async () => {
    expect(await verdict('Dilnoza R. said Tashkent will host the SCO summit this summer.')).toBe('SUPPORTED');
    expect(await verdict('Dilnoza R. said Uzbekistan will host the SCO summit this summer.')).not.toBe('REFUTED');
  });

  it('never decides an author by a swap', async () => {
    expect(await verdict('Hashmi wrote that Almaty will host the SCO summit this summer.')).not.toBe('REFUTED');
  });
});
