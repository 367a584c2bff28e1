// Attribution (src/check/attribution.ts): "a reader wondered whether P" raises P as a question or a
// possibility; only the source's own speculation (a claim it makes as possible) supports it.
import { describe, expect, it } from 'vitest';
import { readAttribution, sayingVerbStarts } from '../../src/check/attribution.js';
import { tokenize } from '../../src/check/text.js';
import { checkFixture, fixtureClaim, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

const ART = FIXTURE_ARTICLE;
const claim = (id: string, o: string, modality: string): string =>
  fixtureClaim({ id, s: 'cgr:sylvania', p: 'cg:memberOf', o: `cgr:${o}`, modality, sentence: 's013', more: `cg:statedIn <${ART}/comment/1>` });
const { check } = checkFixture(`
cga:fixture-article schema:comment <${ART}/comment/1> .
<${ART}/comment/1> a schema:Comment ; schema:dateCreated "2011-05-04T10:00:00"^^xsd:dateTime ; cg:segment <${ART}/segment/06> .
${claim('sylvania.memberOf.league.possible', 'league', 'Possible')}
${claim('sylvania.memberOf.acme.stated', 'acme-bank', 'Stated')}
`);

describe('a reader wondering whether', () => {
  it('is supported by the reader\'s own speculation', async () => {
    const r = await check('A reader wondered whether Sylvania might join the League.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('as a possibility');
  });

  it('is not supported by what the reader states as a fact, nor by what the reader does not raise', async () => {
    const stated = await check('A reader wondered whether Sylvania is a member of the Acme Development Bank.');
    expect(stated.verdict).toBe('NOT_ENOUGH_INFO');
    expect(stated.explanation).toContain('states it otherwise');
    expect((await check('A reader wondered whether Freedonia might join the League.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('the {verb} gate of the frame patterns (round 37)', () => {
  const { ctx } = checkFixture('');
  it('keeps the saying verbs\' first words per verb set, not per text', () => {
    const starts = sayingVerbStarts(ctx);
    expect(sayingVerbStarts(ctx)).toBe(starts);
    expect(starts.has('said')).toBe(true);
    expect(starts.has('joined')).toBe(false);
  });
  it('premise: a span read as a verb opens with a token whose lower-cased form is a first word', () => {
    // the {verb} slot joins its tokens' lower-cased forms with spaces: any verb it can read
    // (its tokens joined give the verb again) starts at a token sayingVerbStarts holds
    const starts = sayingVerbStarts(ctx);
    let readable = 0;
    for (const v of ctx.attribution.verbs) {
      const t = tokenize(v, ctx.morph);
      if (t.map((x) => x.raw.toLowerCase()).join(' ') !== v) continue;
      readable++;
      expect(starts.has(t[0]!.raw.toLowerCase())).toBe(true);
    }
    expect(readable).toBeGreaterThan(10);
  });
  it('still reads a frame whose verb comes after its claim and source', () => {
    const a = readAttribution(ctx, 'Sylvania joined the League, a reader said.');
    expect(a?.scope.kind).toBe('reader');
    expect(a?.inner).toBe('Sylvania joined the League');
  });
});
