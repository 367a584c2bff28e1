// A writer credited with what the article reports a speaker said (src/check/attribution.ts
// `readSource`, src/check/claim-index.ts `scopedIndex`; round 40, users32's F8): "the Acme Bank
// story's correspondent says P" when the story has P only from analysts it quotes (cg:saidBy).
import { describe, expect, it } from 'vitest';
import N3 from 'n3';
import { NS } from '../../src/check/context.js';
import { readAttribution, readSource } from '../../src/check/attribution.js';
import { lexiconWords } from '../../src/check/lexicon-words.js';
import { tokenize } from '../../src/check/text.js';
import { checkFixture, REPORTED_SPEAKER } from '../helpers/check-fixture.js';

const { ctx, check } = checkFixture(REPORTED_SPEAKER);

describe("a writer's own words", () => {
  it('marks a scope named by a writer noun, not one named by the article', () => {
    expect(readAttribution(ctx, "The Acme Bank story's correspondent says the Acme Development Bank could finance Sylvania.")?.scope).toMatchObject({ writer: true });
    expect(readAttribution(ctx, 'The Acme Bank story says the Acme Development Bank could finance Sylvania.')?.scope).not.toMatchObject({ writer: true });
  });

  it('are not what a speaker the article reports said: undecided, while the article itself says it', async () => {
    expect((await check('Analysts in Tarsk said the Acme Development Bank could finance Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('The Acme Bank story says the Acme Development Bank could finance Sylvania.')).verdict).toBe('SUPPORTED');
    const r = await check("The Acme Bank story's correspondent says the Acme Development Bank could finance Sylvania.");
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
  });

  // round 41 (tidy41): the writer's nouns are the lexicon's (cg:articleWriterNoun, cg:authorTitleNoun), not a
  // word list in src/; the behaviour above is unchanged by the move
  it('reads the writer nouns from the lexicon', () => {
    expect(lexiconWords(ctx, 'articleWriterNoun')).toEqual(new Set(['correspondent', 'reporter', 'writer', 'author', 'columnist']));
    expect(lexiconWords(ctx, 'authorTitleNoun')).toEqual(new Set(['journalist', 'analyst']));
    expect(readSource(ctx, tokenize("the Acme Bank story's analyst", ctx.morph))).toMatchObject({ writer: true });
    expect(readSource(ctx, tokenize("the Acme Bank story's columnist", ctx.morph))).toMatchObject({ writer: true });
    // a lexicon without the word: the noun no longer marks the writer's own words
    const without = (property: string, word: string) => {
      const lexicon = new N3.Store(ctx.lexicon.getQuads(null, null, null, null).filter((q) => !(q.predicate.value === NS.cg + property && q.object.value === word)));
      return { ...ctx, lexicon };
    };
    const noAnalyst = without('authorTitleNoun', 'analyst');
    expect(readSource(noAnalyst, tokenize("the Acme Bank story's analyst", ctx.morph))).not.toMatchObject({ writer: true });
    expect(readSource(noAnalyst, tokenize("the Acme Bank story's columnist", ctx.morph))).toMatchObject({ writer: true });
    expect(readSource(without('articleWriterNoun', 'columnist'), tokenize("the Acme Bank story's columnist", ctx.morph))).not.toMatchObject({ writer: true });
  });
});
