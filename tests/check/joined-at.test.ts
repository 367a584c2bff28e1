// "S joined X at <event>" and an office before a name the graph does not know
// (src/check/scene-subject.ts, round 36).
import { describe, expect, it } from 'vitest';
import { joinedAtRewrites, unknownHolderRewrite } from '../../src/check/scene-subject.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const { ctx, check } = checkFixture(`
cgr:president-of-sylvania skos:altLabel "Sylvanian President" .
${fixtureClaim({ id: 'rufus.hostOf.gala', s: 'cgr:rufus', p: 'cg:hostOf', o: 'cgr:gala', sentence: 's002', asserted: true })}
${fixtureClaim({ id: 'teasdale.attended.gala', s: 'cgr:teasdale', p: 'cg:attended', o: 'cgr:gala', sentence: 's002', asserted: true })}
`);

describe('"S joined X at <event>"', () => {
  it('is the joiners attending the event, the one joined there too', () => {
    expect(joinedAtRewrites('Gloria Teasdale joined Rufus Firefly at the Founders Gala.')).toEqual({
      joiners: 'Gloria Teasdale attended the Founders Gala.',
      joined: ['Rufus Firefly hosted the Founders Gala.', 'Rufus Firefly attended the Founders Gala.'],
    });
    expect(joinedAtRewrites('Freedonia joined the League in 1999.')).toBeUndefined();
  });
  it('is decided as the joiners\' attendance, with the one joined at the event', async () => {
    expect((await check('Gloria Teasdale joined Rufus Firefly at the Founders Gala.')).verdict).toBe('SUPPORTED');
    expect((await check('The President of Sylvania joined Rufus Firefly at the Founders Gala.')).verdict).toBe('REFUTED');
  });
});

describe('an office before a name the graph does not know', () => {
  it('is read as the office', () => {
    expect(unknownHolderRewrite(ctx, 'Sylvanian President Groucho Marx attended the Founders Gala.')).toBe('The Sylvanian President attended the Founders Gala.');
    // a name the graph knows is no unknown holder
    expect(unknownHolderRewrite(ctx, 'Sylvanian President Rufus Firefly attended the Founders Gala.')).toBeUndefined();
  });
  it('refutes when the office\'s holder did not do it, and never supports', async () => {
    expect((await check('Sylvanian President Groucho Marx attended the Founders Gala.')).verdict).toBe('REFUTED');
    // (unread, or not supported: the office's holder skipping it says nothing of the name)
    expect((await check('Sylvanian President Groucho Marx skipped the Founders Gala.').catch(() => undefined))?.verdict).not.toBe('SUPPORTED');
  });
});
