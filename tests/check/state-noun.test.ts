// A country named through a noun for its government ("the Freedonian government", "Freedonia's
// authorities", "the government of Freedonia"): lexicon cg:stateNoun, src/check/resolver.ts.
import { describe, expect, it } from 'vitest';
import { resolveMention } from '../../src/check/resolver.js';
import { tokenize } from '../../src/check/text.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { check, ctx } = checkFixture();
const FREEDONIA = 'https://w3id.org/claimgraph/resource/freedonia';
// spans as the parser passes them (ignorable words such as "the" dropped)
const iris = (s: string): string[] => resolveMention(ctx, tokenize(s, ctx.morph)).map((e) => e.iri);

describe("a country's government", () => {
  it('names the country', () => {
    for (const s of ['Freedonian government', "Freedonia's government", 'government of Freedonia', 'Freedonian authorities']) {
      expect(iris(s), s).toEqual([FREEDONIA]);
    }
  });

  it('names only a country (not an organisation) and needs the noun', () => {
    expect(iris('League government')).toEqual([]);
    expect(iris('Freedonian parliament')).toEqual([]);
  });

  it('is checked as the country', async () => {
    expect((await check('The Freedonian government is a member of the League.')).verdict).toBe('SUPPORTED');
  });
});
