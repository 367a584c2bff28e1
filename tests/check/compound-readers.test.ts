// The parts of a compound claim read by the table's readers (src/check/compound-readers.ts): a
// span, a comparison or "the only X outside Y" inside a conjunction was lost (parts were read by
// the lexicon's patterns only); now each part is checked whole and the compound rule applies.
import { describe, expect, it } from 'vitest';
import { checkClaim, type CheckContext, type CheckResult } from '../../src/check/index.js';
import { asPart, partContext, readCompoundByReaders } from '../../src/check/compound-readers.js';
import { readCompound, type CompoundPart } from '../../src/check/compound.js';
import { checkFixture, checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

// the fixture: Ruritania is Freedonia (a member of the League) and Sylvania (not a member)
const { check, store, ctx } = checkFixture();
const corpus = await checkGraphDir(corpusFixture);

describe('a compound claim with a part only a reader reads', () => {
  it('is supported when every part is, the reader\'s part cited', async () => {
    const r = await check('Freedonia is a member of the League, and Sylvania is the only Ruritanian state outside the League.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.parts?.map((p) => p.verdict)).toEqual(['SUPPORTED', 'SUPPORTED']);
    expect(r.parts?.[1]?.evidence.length).toBeGreaterThanOrEqual(2);
    expect(r.evidence.length).toBeGreaterThanOrEqual(r.parts![1]!.evidence.length);
  });

  it('is refuted when the reader\'s part is, also with a borrowed subject', async () => {
    expect((await check('Sylvania is not a member of the League, and Freedonia is the only Ruritanian state outside the League.')).verdict).toBe('REFUTED');
    const r = await check('Freedonia is a member of the League and is the only Ruritanian state outside the League.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.parts?.[1]?.text).toBe('Freedonia is the only Ruritanian state outside the League');
  });

  it('a span\'s side does not run on into another clause; the other clause is a part of its own', async () => {
    // was SUPPORTED: the span read its second side as the Articles and dropped the loan
    const r = await corpus.check('The AIIB opened three weeks after the AIIB\'s Articles of Agreement entered into force, and it approved a loan to Kazakhstan in 2016.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.parts?.map((p) => p.verdict)).toEqual(['SUPPORTED', 'NOT_ENOUGH_INFO']);
    expect((await corpus.check('Jin Liqun became the AIIB\'s first president, but the AIIB opened five weeks after the AIIB\'s Articles of Agreement entered into force.')).verdict).toBe('REFUTED');
    expect((await corpus.check('The AIIB opened three weeks after the AIIB\'s Articles of Agreement entered into force, and Xi Jinping addressed the opening ceremony.')).verdict).toBe('SUPPORTED');
  });

  it('a part is read whole: a part read only in part leaves the claim to the other cuts', async () => {
    // "Sylvania admires the League" reads no relation: the claim is not supported
    const r = await check('Sylvania admires the League and is the only Ruritanian state outside it.').catch(() => undefined);
    expect(r?.verdict ?? 'NOT_ENOUGH_INFO').not.toBe('SUPPORTED');
  });
});

// Round 34: the rounds recheck a part only when a traversal consults it. The reference is the
// eager loop of rounds 20-33 (every asked part rechecked, in order, within the budget, before the
// next round), kept here to compare against.
type Recheck = (claim: string, context?: CheckContext) => Promise<CheckResult | undefined>;
const keyOf = (part: string): string => part.trim().replace(/[.!?,;]+$/, '');

async function eagerRounds(c: CheckContext, text: string, recheck: Recheck): Promise<CompoundPart[] | undefined> {
  const whole = text.trim().replace(/[.!?]+$/, '');
  const known = new Map<string, CompoundPart[] | undefined>();
  let budget = 48;
  for (let round = 0; round < 4; round++) {
    const asked: string[] = [];
    const parts = readCompound(c, text, 0, (part) => {
      const key = keyOf(part);
      if (known.has(key)) return known.get(key);
      if (key !== whole && !asked.includes(key)) asked.push(key);
      return undefined;
    });
    if (parts) return parts;
    if (!asked.length || budget <= 0) return undefined;
    for (const key of asked) {
      if (budget-- <= 0) break;
      const r = await recheck(key, partContext(c));
      known.set(key, r && [asPart(key, r)]);
    }
  }
  return undefined;
}

const logged = (log: string[]): Recheck => (claim, c) => {
  log.push(claim);
  return checkClaim(store, claim, { context: c }).catch(() => undefined);
};

const COMPOUNDS = [
  'Freedonia is a member of the League, and Sylvania is the only Ruritanian state outside the League.',
  'Sylvania is not a member of the League, and Freedonia is the only Ruritanian state outside the League.',
  'Freedonia is a member of the League and is the only Ruritanian state outside the League.',
  'Sylvania admires the League and is the only Ruritanian state outside it.',
  'Freedonia, which admires the League, is the only Ruritanian state outside it, and Sylvania admires Freedonia.',
];

describe('the rounds recheck a part only when a traversal consults it', () => {
  it('give the eager loop\'s cut, rechecking a subset of its parts (fewer in all)', async () => {
    let eagerCount = 0;
    let lazyCount = 0;
    for (const text of COMPOUNDS) {
      const eager: string[] = [];
      const lazy: string[] = [];
      const expected = await eagerRounds(ctx, text, logged(eager));
      const got = await readCompoundByReaders(ctx, text, logged(lazy));
      expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
      expect(eager).toEqual(expect.arrayContaining(lazy));
      eagerCount += eager.length;
      lazyCount += lazy.length;
    }
    expect(lazyCount).toBeLessThan(eagerCount);
  }, 120_000);

  it('a cut a reader\'s part completes still reads, each part rechecked once', async () => {
    const lazy: string[] = [];
    const parts = await readCompoundByReaders(ctx, COMPOUNDS[0]!, logged(lazy));
    expect(parts?.length).toBeGreaterThanOrEqual(2);
    expect(lazy.length).toBeGreaterThan(0);
    expect(new Set(lazy).size).toBe(lazy.length);
  }, 60_000);

  // the premise of the lazy loop (src/check/compound-readers.ts `traverse`): readCompound asks the
  // same parts in the same order given the same answers, so a run whose guessed answers all come
  // out right is the eager loop's run
  it('premise: readCompound asks the same parts in the same order given the same answers', () => {
    const runs = [0, 1].map(() => {
      const asked: string[] = [];
      readCompound(ctx, COMPOUNDS[4]!, 0, (part) => { asked.push(keyOf(part)); return undefined; });
      return asked;
    });
    expect(runs[0]!.length).toBeGreaterThan(0);
    expect(runs[1]).toEqual(runs[0]);
  });
});
