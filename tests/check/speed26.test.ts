// Round 26 (branch speed26): the caches and gates of the batch-speed work, each with the premise
// it rests on: the misspelt-name gate of the resolver (src/check/fuzzy.ts mayBeMisspelt), the
// spelling skeletons kept per word (src/check/spelling-variants.ts), the cited sentences kept per
// store (src/check/evidence.ts) and the number words shared by two readers (src/check/number-words.ts).
import { describe, expect, it } from 'vitest';
import { fuzzyEntity, mayBeMisspelt } from '../../src/check/fuzzy.js';
import { NUMBER_TENS, NUMBER_UNITS } from '../../src/check/number-words.js';
import { spellingEntity, spellingRules, spellingSkeleton, type SpellingRule } from '../../src/check/spelling-variants.js';
import { tokenize } from '../../src/check/text.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx, check } = checkFixture(`
cgr:kharova a cg:Country ; rdfs:label "Kharova" .
cgr:co-op-league a cg:Organization ; rdfs:label "Cooperation League" .
`);
const toks = (s: string) => tokenize(s, ctx.morph);

describe('the misspelt-name gate (mayBeMisspelt)', () => {
  // spans of every kind the resolver is asked about: names, misspelt names, words, numbers,
  // commas, possessives, hyphens, long spans
  const spans = [
    'Sylvannia', 'Freedonya', 'Phreedoniya', 'Kharowa', 'Harova', 'Freedonia', 'the League', 'Rufus Fyrefly', 'Rufus Firefly',
    'Co-operation League', 'Cooperation Leage', 'Sylvania , Marsovia', 'US$ 5 million', '2015', 'Freedonia \'s president',
    'the much-publicised tour of the region', 'a b c d e f', 'Sylvanian Marsovian Freedonian League Gala Summit',
    'zzzz', 'Marsovya and Sylvannia', 'hosted', 'joined the League in 2015',
  ];

  it('refuses only spans neither misspelt-name reader reads', () => {
    for (const s of spans) {
      const t = toks(s);
      if (mayBeMisspelt(ctx, t)) continue;
      expect(fuzzyEntity(ctx, t), s).toBeUndefined();
      expect(spellingEntity(ctx, t), s).toBeUndefined();
    }
  });

  it('lets through the spans the readers correct (not a gate that refuses everything)', () => {
    for (const s of ['Sylvannia', 'Phreedoniya', 'Co-operation League', 'Rufus Fyrefly']) expect(mayBeMisspelt(ctx, toks(s)), s).toBe(true);
    expect(fuzzyEntity(ctx, toks('Sylvannia'))).toBeDefined();
    expect(spellingEntity(ctx, toks('Phreedoniya'))).toBeDefined();
    expect(mayBeMisspelt(ctx, toks('Freedonia'))).toBe(false);
    expect(mayBeMisspelt(ctx, toks('Sylvania , Marsovia'))).toBe(false);
  });

  it('changes no verdict: a misspelt name is still read in a claim', async () => {
    expect((await check('Sylvannia is a member of the League.')).verdict).toBe((await check('Sylvania is a member of the League.')).verdict);
  });
});

describe('spelling skeletons kept per word', () => {
  it('give the same skeleton and the same rules, in order, when asked again', () => {
    const rules = spellingRules(ctx);
    const a = new Set<string>();
    const b = new Set<string>();
    const first = spellingSkeleton('Phreedoniya', rules, a);
    expect(spellingSkeleton('Phreedoniya', rules, b)).toBe(first);
    expect([...b]).toEqual([...a]);
    expect([...a].length).toBeGreaterThan(0);
  });

  it('are kept per rule list: another list gives its own skeleton of the same word', () => {
    const rules = spellingRules(ctx);
    const other: SpellingRule[] = [{ pattern: /ph/g, replacement: 'v', text: 'ph => v' }];
    const said = new Set<string>();
    expect(spellingSkeleton('Phreedoniya', other, said)).toBe('vreedoniya');
    expect([...said]).toEqual(['ph/v']);
    expect(spellingSkeleton('Phreedoniya', rules)).not.toBe('vreedoniya');
  });
});

describe('cited sentences kept per store', () => {
  it('hand out equal evidence each time, never the kept objects themselves', async () => {
    const one = await check('Sylvania is a member of the League.');
    expect(one.evidence.map((e) => e.sentence)).toEqual(['s002', 's011']);
    one.evidence[0]!.highlights.push({ begin: -1, end: -1 });
    one.evidence[0]!.text = 'changed';
    const two = await check('Sylvania is a member of the League.');
    expect(two.evidence[0]!.highlights).toHaveLength(1);
    expect(two.evidence[0]!.text).not.toBe('changed');
  });
});

describe('number words (one list for notation.ts and time-relations.ts)', () => {
  it('are the words zero to nineteen and the tens', () => {
    expect(Object.keys(NUMBER_UNITS)).toHaveLength(20);
    expect(NUMBER_UNITS.nineteen).toBe(19);
    expect(Object.values(NUMBER_TENS)).toEqual([20, 30, 40, 50, 60, 70, 80, 90]);
  });
});
