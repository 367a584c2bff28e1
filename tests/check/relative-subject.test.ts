// Subjects described by a relative clause (src/check/relative-subject.ts) on the fixture graph:
// the one entity of the noun's class the graph describes so, the main predicate checked of it.
import { describe, expect, it } from 'vitest';
import { readRelativeSubject } from '../../src/check/relative-subject.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx, check } = checkFixture();

describe('readRelativeSubject', () => {
  it('finds the class and every split whose main part opens with a predicate word', () => {
    const d = readRelativeSubject(ctx, 'The country that is the largest economy in Ruritania is a member of the League.');
    expect(d?.cls).toBe('https://w3id.org/claimgraph/ontology#Country');
    expect(d?.splits).toContainEqual({ clause: 'is the largest economy in Ruritania', main: 'is a member of the League' });
    // no split opens with a preposition, an article or a name
    expect(d?.splits.some((s) => /^(?:in|the|Ruritania)\b/.test(s.main))).toBe(false);
    expect(readRelativeSubject(ctx, 'Freedonia is a member of the League.')).toBeUndefined();
  });
});

describe('relative-clause subjects', () => {
  it('reads the one entity the clause describes, and cites the clause', async () => {
    const r = await check('The country that is the largest economy in Ruritania is a member of the League.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.notes?.join(' ')).toMatch(/read as Freedonia/);
    expect(r.evidence.map((e) => e.claim)).toContain('https://w3id.org/claimgraph/claim/freedonia.largestEconomyIn.the-region');
  });

  it('reads an object relative ("the bank that Freedonia leads") and a "who" clause of a person', async () => {
    expect((await check('The bank that Freedonia leads is led by Freedonia.')).verdict).toBe('SUPPORTED');
    const who = await check('The man who visited Grand Fenwick holds the office of Prime Minister of Freedonia.');
    expect(who.interpretation.notes?.join(' ') ?? '').toMatch(/read as Gloria Teasdale/);
  });

  it('is no reading when the clause fits more than one entity', async () => {
    // Freedonia and Sylvania both depend on Marsovia: "the country that depends on Marsovia" is no one
    await expect(check('The country that depends on Marsovia is a member of the League.')).rejects.toThrow(/could not read/);
  });
});

describe('contact-clause subjects (round 29)', () => {
  it('checks the clause of the one candidate ("the bank Freedonia leads")', async () => {
    const r = await check('The bank Freedonia leads is led by Freedonia.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.notes?.join(' ')).toMatch(/read as Acme Development Bank/);
  });

  it('never drops a clause the graph does not support (it was read as the bank of the other names)', async () => {
    await expect(check('The bank Sylvania leads is led by Freedonia.')).rejects.toThrow(/could not read/);
    await expect(check('The bank Rufus Firefly heads is led by Freedonia.')).rejects.toThrow(/could not read/);
  });
});

describe('participle subjects (round 31)', () => {
  it('reads a participle clause after the noun and a name-participle before it as clauses of the candidate', () => {
    const d = readRelativeSubject(ctx, 'The bank led by Freedonia is led by Freedonia.');
    expect(d?.participle).toBe(true);
    expect(d?.splits).toContainEqual({ clause: 'led by Freedonia', main: 'is led by Freedonia' });
    const pre = readRelativeSubject(ctx, 'The Zenda-based lender is led by Freedonia.');
    expect(pre?.before).toEqual(['based in Zenda']);
    expect(pre?.splits).toEqual([{ clause: '', main: 'is led by Freedonia' }]);
    // a noun no class names is no description
    expect(readRelativeSubject(ctx, 'The reason given by Freedonia is unclear.')).toBeUndefined();
  });

  it('decides of the one candidate the clause fits, and reads nothing when none fits', async () => {
    const r = await check('The bank led by Freedonia is led by Freedonia.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.notes?.join(' ')).toMatch(/read as Acme Development Bank/);
    // no bank is led by Sylvania: the description names nothing, so no verdict
    const none = await check('The bank led by Sylvania is led by Freedonia.').then((x) => x.verdict, () => 'UNREAD');
    expect(none).not.toBe('SUPPORTED');
    expect(none).not.toBe('REFUTED');
  });
});
