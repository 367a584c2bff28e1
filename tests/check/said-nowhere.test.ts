// Said nowhere (src/check/said-nowhere.ts, round 16): an attribution whose inner claim is unread
// says which of the claim's content words the source's words never use (the claim stays unread),
// and says nothing when they use them all (the source may say it, or its contrary, in a shape not read).
import { describe, expect, it } from 'vitest';
import { saidNowhere } from '../../src/check/said-nowhere.js';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

const ART = FIXTURE_ARTICLE;
const RUFUS = 'https://w3id.org/claimgraph/resource/rufus-firefly';
const body = (n: number, text: string): string =>
  `<${ART}/sentence/s0${n}> a nif:Sentence ; nif:anchorOf "${text}" ; cg:inSegment <${ART}/segment/05> .`;
const { ctx, check } = checkFixture(`
cga:fixture-article schema:author cgr:rufus-firefly .
${body(81, 'Sylvania keeps wavering between the League and its old partners in river trade.')}
`);
const rufus = { kind: 'agent' as const, iris: [RUFUS], label: 'Rufus Firefly' };

describe('an attribution said nowhere', () => {
  it('is not enough information when the source never uses a content word of the claim', () => {
    const r = saidNowhere(ctx, rufus, 'Sylvania should study river engineering in Zenda', 'Rufus Firefly');
    expect(r?.evaluation.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r?.evaluation.explanation).toContain('"study"');
  });

  it('decides nothing when the source uses every content word (it may say it, or its contrary)', () => {
    expect(saidNowhere(ctx, rufus, 'Sylvania keeps wavering in river trade', 'Rufus Firefly')).toBeUndefined();
    // "waver" begins as "wavering" does: a form of a word the source uses
    expect(saidNowhere(ctx, rufus, 'Sylvania wavers in trade', 'Rufus Firefly')).toBeUndefined();
  });

  it('decides nothing for a source the graph holds no words of', () => {
    expect(saidNowhere(ctx, { kind: 'agent', iris: ['https://w3id.org/claimgraph/resource/zeppo'], label: 'Zeppo' }, 'Sylvania should study in Zenda', 'Zeppo')).toBeUndefined();
  });

  it('leaves the claim unread, its message naming the words the source never uses', async () => {
    const r = await check('The author argues that Sylvania should study river engineering in Zenda.').then((x) => x.verdict, (e: Error & { code?: string }) => `${e.code}: ${e.message}`);
    expect(r).toMatch(/^CHECK_UNINTERPRETABLE: /);
    expect(r).toContain('never use "study"');
  });
});
