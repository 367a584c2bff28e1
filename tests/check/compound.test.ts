// Two statements in one claim: each checked, the verdicts combined.
import { describe, expect, it } from 'vitest';
import { checkFixture, checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = checkFixture();

describe('compound claims', () => {
  it('"A is P but B is not": both parts supported', async () => {
    const r = await check('Freedonia is a member of the League but Sylvania is not.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('Read as 2 statements');
    expect(r.explanation).toContain('completed from part 1');
    expect(r.evidence.length).toBeGreaterThanOrEqual(2);
  });

  it('"but not B" takes the place of the entity it is like', async () => {
    expect((await check('Freedonia is a member of the League but not Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('Sylvania is a member of the League but not Freedonia.')).verdict).toBe('REFUTED');
  });

  it('is refuted when one part is, undecided when one part is unknown', async () => {
    expect((await check('Freedonia is a member of the League and Sylvania is too.')).verdict).toBe('REFUTED');
    expect((await check('Freedonia is a member of the League; Marsovia is a member of the League.')).verdict).toBe('NOT_ENOUGH_INFO');
  });

  it('a claim that reads as one statement is not cut', async () => {
    const r = await check('Freedonia and Sylvania depend on Marsovia.');
    expect(r.explanation).not.toContain('Read as 2 statements');
  });

  it('"A and B" with A unreadable and B refuted: refuted, the unread part named; never supported that way', async () => {
    const r = await check('Freedonia juggled seventeen torches and Sylvania is a member of the League.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('"Freedonia juggled seventeen torches" could not be read');
    expect(r.parts).toHaveLength(1);
    // the supported part does not make the claim supported: not enough information, the part read shown
    expect((await check('Freedonia juggled seventeen torches and Freedonia is a member of the League.')).verdict).toBe('NOT_ENOUGH_INFO');
    // no cut in a disjunction, a condition or a noun phrase
    await expect(check('Either Freedonia juggled seventeen torches or Sylvania is a member of the League.')).rejects.toThrow(/could not read/);
    await expect(check('If Freedonia juggled seventeen torches and Sylvania is a member of the League, all is well.')).rejects.toThrow(/could not read/);
  });

  it('a side without a subject borrows the name, and its modal, that the other side opens with', async () => {
    const corpus = await checkGraphDir(corpusFixture);
    const r = await corpus.check('The TAPI pipeline will run about 1,800 km from the Galkynysh field and cost roughly $100 billion.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.parts?.[0]?.text).toBe('The TAPI pipeline will cost roughly $100 billion');
  });
});

describe('a conjunction read in part, not refuted', () => {
  it('is not enough information, with the part read shown and the part not read named', async () => {
    const r = await check('Freedonia is a member of the League of Nations States and rebuilt its canals twice.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.parts?.map((p) => [p.text, p.verdict])).toEqual([['Freedonia is a member of the League of Nations States', 'SUPPORTED']]);
    expect(r.explanation).toContain('"rebuilt its canals twice" could not be read');
    // never supported that way, and a refuted part still refutes
    expect((await check('Sylvania is a member of the League of Nations States and rebuilt its canals twice.')).verdict).toBe('REFUTED');
  });
});

describe('"neither A nor B" and an intransitive second part (round 10)', async () => {
  const corpus = await checkGraphDir(corpusFixture);
  it('is two denials: supported when both are, refuted when either is refuted', async () => {
    const both = await corpus.check('Neither Japan nor the United States joined the AIIB.');
    expect(both.verdict).toBe('SUPPORTED');
    expect(both.explanation).toContain('Read as 2 statements');
    expect((await corpus.check('Kyrgyzstan is neither a founding member of the AIIB nor a member of the SCO.')).verdict).toBe('REFUTED');
    expect((await corpus.check('Japan is neither a member of the AIIB nor a member of the SCO.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('"while B stayed out" takes the first part\'s object after a preposition', async () => {
    expect((await corpus.check('Kazakhstan joined the AIIB while Turkmenistan stayed out.')).verdict).toBe('SUPPORTED');
    expect((await corpus.check('Turkmenistan joined the AIIB while Kazakhstan stayed out.')).verdict).toBe('REFUTED');
  });
});

describe('a bare second verb shares the first part\'s modal (round 10)', async () => {
  const { sharedModal } = await import('../../src/check/compound.js');
  const corpus = await checkGraphDir(corpusFixture);
  it('takes "will", "may", "is expected to" over, never before a verb with its own tense', () => {
    expect(sharedModal('The canal will run 10 km', 'canal', 'carry ships')).toBe('will');
    expect(sharedModal('Freedonia is expected to join the League', 'Freedonia', 'sign the Pact')).toBe('is expected to');
    expect(sharedModal('The canal will run 10 km', 'canal', 'carried ships')).toBeUndefined();
    expect(sharedModal('The canal ran 10 km', 'canal', 'carry ships')).toBeUndefined();
  });
  it('reads an expectation\'s second part as an expectation', async () => {
    expect((await corpus.check('The TAPI pipeline will run about 1,800 kilometres and carry up to 33 billion cubic metres of gas a year.')).verdict).toBe('SUPPORTED');
    expect((await corpus.check('The TAPI pipeline will run about 1,800 kilometres and carry up to 50 billion cubic metres of gas a year.')).verdict).toBe('REFUTED');
  });
});

describe('round 20: a clause after a comma, and a relative clause after an office', () => {
  it('cuts at ", and" before a bare "and" that joins a list', async () => {
    const r = await check('Gloria Teasdale visited Sylvania and Grand Fenwick, and holds the office of Prime Minister of Freedonia.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('Read as 2 statements');
  });
  it('takes ", which ..." after an office as said of a thing, not of the office ("who" is)', async () => {
    expect((await check('Rufus Firefly holds the office of Prime Minister of Freedonia, which is a member of the League.')).verdict).toBe('SUPPORTED');
    expect((await check('Rufus Firefly holds the office of Prime Minister of Freedonia, which is not a member of the League.')).verdict).toBe('REFUTED');
  });

  // round 37 (users30 F16): a figure said of the parts together is not said of each part
  it('does not cut a summed claim into parts ("Combined, A and B exceeded X")', async () => {
    const corpus = await checkGraphDir(corpusFixture);
    for (const claim of [
      'Combined, the Uzbek and Kyrgyz packages exceeded US$ 210 million.',
      'Combined, the Kyrgyz and Tajik grants exceeded US$ 115 million.',
      'It is not the case that combined, the Uzbek and Kyrgyz packages exceeded US$ 210 million.',
    ]) {
      const verdict = await corpus.check(claim).then((r) => r.verdict, () => 'unread');
      expect(['NOT_ENOUGH_INFO', 'unread'], claim).toContain(verdict);
    }
  });
});


describe('a relative clause on a noun (round 39, users31)', () => {
  it('is said of the whole noun phrase, never of another thing its head noun names alone', async () => {
    const corpus = await checkGraphDir(corpusFixture);
    // "ceremony" alone named the other article's ceremony, whose closed guest list refuted "500 guests"
    const r = await corpus.check('Xi Jinping addressed the opening ceremony, which was attended by 500 guests.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(JSON.stringify(r)).not.toContain('groundbreaking');
    // a name after "of the" is a name of its own, not the longer name's head (fix27-appo-04)
    expect(await corpus.check('Xi Jinping addressed the opening of the AIIB, the bank China leads as largest shareholder.').then((x) => x.verdict, () => 'UNREAD')).not.toBe('REFUTED');
  });
});

describe('a bare denial after a first part whose verb denies (round 39, users32 F1)', async () => {
  const corpus = await checkGraphDir(corpusFixture);
  it('denies the first part as said: "A stayed out of Y, but B didn\'t" says B joined', async () => {
    expect((await corpus.check("Japan stayed out of the AIIB, but Kazakhstan didn't.")).verdict).toBe('SUPPORTED');
    expect((await corpus.check('Japan stayed out of the AIIB. Kazakhstan did not.')).verdict).toBe('SUPPORTED');
    expect((await corpus.check("Japan stayed out of the AIIB; the United States didn't.")).verdict).toBe('REFUTED');
    expect((await corpus.check('Japan stayed out of the AIIB, but not Kazakhstan.')).verdict).toBe('SUPPORTED');
    expect((await corpus.check('Japan stayed out of the AIIB, but not the United States.')).verdict).toBe('REFUTED');
    // "either" repeats the denial, and a positive first part is denied as before
    expect((await corpus.check("Japan stayed out of the AIIB, and the United States didn't either.")).verdict).toBe('SUPPORTED');
    expect((await corpus.check("Kazakhstan joined the AIIB, but Japan didn't.")).verdict).toBe('SUPPORTED');
  });
  it('leaves a bare denial after a first part that says "not" undecided (the same denial, or an exception)', async () => {
    const r = await corpus.check("Japan did not join the AIIB, but Kazakhstan didn't.");
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('"Kazakhstan didn\'t" could not be read');
    expect((await corpus.check("Japan did not join the AIIB. The United States didn't.")).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('reads a bare "not" after the name as the bare denial (round 40, fix32d: users32 F1 "B not")', async () => {
    expect((await corpus.check('Japan stayed out of the AIIB, Kazakhstan not.')).verdict).toBe('SUPPORTED');
    expect((await corpus.check('Japan stayed out of the AIIB, the US not.')).verdict).toBe('REFUTED');
  });
  it('turns the denial a "failed to" first part is read as', async () => {
    expect((await corpus.check("Japan failed to join the AIIB; Kazakhstan didn't.")).verdict).not.toBe('REFUTED');
  });
});

describe('"anything but" is one phrase, no clause joiner (round 39, users32 F2)', () => {
  it('is never cut into "X is anything" and "X Y"', async () => {
    const r = await check('Sylvania is anything but a member of the League.').catch(() => undefined);
    expect(r?.verdict).not.toBe('REFUTED');
    const s = await check('Freedonia is anything but a member of the League.').catch(() => undefined);
    expect(s?.verdict).not.toBe('SUPPORTED');
  });
});

describe('a part that only names things (round 39, lead: users22 compound-07)', () => {
  it('is an apposition to the count before it, never completed with an object of the first part', async () => {
    const corpus = await checkGraphDir(corpusFixture);
    // the count's list names Uzbekistan, which the source's list does not: read as "... are part of
    // Central Asia" the list went unchecked and the claim was supported
    const r = await corpus.check('Abe became the first Japanese Prime Minister to visit three of the five Central Asian countries, Kyrgyzstan, Turkmenistan and Uzbekistan').then((x) => x.verdict, () => 'UNREAD');
    expect(r).not.toBe('SUPPORTED');
  });
});

describe('(round 41) a first-person retort conjoined to a statement', () => {
  it('is a hedge naming nothing: the refuted statement does not decide the whole', async () => {
    const plain = await check('Sylvania is a member of the League.');
    expect(plain.verdict).toBe('REFUTED');
    for (const claim of [
      "Sylvania is a member of the League, and I'm a monkey's uncle.",
      'Sylvania is a member of the League, and I am the Queen of Hearts.',
      "Sylvania is a member of the League; and I'm the Emperor of the Moon.",
    ]) expect((await check(claim).catch(() => undefined))?.verdict, claim).not.toBe('REFUTED');
  });
});
