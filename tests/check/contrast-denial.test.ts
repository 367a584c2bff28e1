// A "not" that denies one member of a contrast ("X, and not Y, V ...") is no denial of the whole
// claim (src/check/contrast-denial.ts, round 31): read as one list under one denial it gave a false
// REFUTED when X holds and a false SUPPORTED when X does not. Fixture: Freedonia is a member of the
// League, Sylvania is not.
import { describe, expect, it } from 'vitest';
import { contrastDenial } from '../../src/check/contrast-denial.js';
import { tokenize } from '../../src/check/text.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx, check } = checkFixture();

const denialIn = (text: string): boolean => {
  const toks = tokenize(text, ctx.morph);
  const at = toks.findIndex((t) => t.raw === 'not');
  return contrastDenial(text, [toks[at]!], toks[at + 1]);
};

describe('a contrast\'s denied member', () => {
  it('is a "not" after "and", "but" or a comma, before a member', () => {
    expect(denialIn('Freedonia, and not Sylvania, is a member of the League')).toBe(true);
    expect(denialIn('Freedonia and not Sylvania is a member of the League')).toBe(true);
    expect(denialIn('Rufus visited Freedonia, not Sylvania')).toBe(true);
    // near misses: the clause's own denial, or "not" before an adverb or a verb phrase
    expect(denialIn('Freedonia is not a member of the League')).toBe(false);
    expect(denialIn('Freedonia joined the League and not only the Bank')).toBe(false);
    expect(denialIn('Freedonia joined the League and not yet the Bank')).toBe(false);
  });

  it('leaves the true first member supported, never refuted as a list under one denial', async () => {
    expect((await check('Freedonia, and not Sylvania, is a member of the League.')).verdict).toBe('SUPPORTED');
    // without commas the parts are not cut: unread, never refuted
    const bare = await check('Freedonia and not Sylvania is a member of the League.').catch(() => undefined);
    expect(bare?.verdict ?? 'NOT_ENOUGH_INFO').not.toBe('REFUTED');
  });

  it('refutes a false first member (it was supported as "neither is a member")', async () => {
    expect((await check('Sylvania, and not Freedonia, is a member of the League.')).verdict).toBe('REFUTED');
    expect((await check('Sylvania is a member of the League and not of the Acme Bank.')).verdict).not.toBe('SUPPORTED');
  });

  it('keeps the plain denial of the clause', async () => {
    expect((await check('Sylvania is not a member of the League.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia is not a member of the League.')).verdict).toBe('REFUTED');
  });
});
