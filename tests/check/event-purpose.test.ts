// What an event was held for (src/check/event-purpose.ts), read as the deed done at it, and the
// going-for-a-deed shapes of src/check/motion-purpose.ts that round 40 added.
import { describe, expect, it } from 'vitest';
import { eventPurposeRewrite, genericDoers } from '../../src/check/event-purpose.js';
import { readMotionPurpose } from '../../src/check/motion-purpose.js';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

// the fixture plus: Freedonia and Marsovia launched construction of the canal pipeline at the Founders Gala
const { ctx, check } = checkFixture(['freedonia', 'marsovia'].map((s) => `
cgc:t.${s}.launched.canal a cg:Claim ; rdf:subject cgr:${s} ; rdf:predicate cg:launchedConstructionOf ; rdf:object cgr:canal ;
  cg:event cgr:gala ; cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; prov:wasDerivedFrom <${FIXTURE_ARTICLE}/sentence/s004> .
cgr:${s} cg:launchedConstructionOf cgr:canal .`).join('\n'));

describe('eventPurposeRewrite', () => {
  it('says what an event was held for as the deed done at it, in the passive', () => {
    expect(eventPurposeRewrite(ctx, "The Founders Gala was held to launch the canal pipeline's construction.")?.claim).toBe("the canal pipeline's construction was launched at the Founders Gala");
    expect(eventPurposeRewrite(ctx, 'The gala was staged for the launch of construction of the canal pipeline.')?.claim).toBe('construction of the canal pipeline was launched at the gala');
    expect(eventPurposeRewrite(ctx, 'The gala was held so that leaders could start work on the canal pipeline.')?.claim).toBe('work on the canal pipeline was started at the gala');
    expect(eventPurposeRewrite(ctx, 'The gala was held so that Freedonia could start work on the canal pipeline.')?.claim).toBe('Freedonia started work on the canal pipeline at the gala');
  });
  it('leaves a denial, a place after "to" and a noun of no deed alone', () => {
    expect(eventPurposeRewrite(ctx, 'The gala was not held to launch the canal.')).toBeUndefined();
    expect(eventPurposeRewrite(ctx, 'The gala was held to the east of Zenda.')).toBeUndefined();
    expect(eventPurposeRewrite(ctx, 'The gala was held for the sake of Sylvania.')).toBeUndefined();
  });
  it('drops only a bare plural of a common noun as the doers', () => {
    expect(genericDoers(ctx, 'Leaders')).toBe(true);
    expect(genericDoers(ctx, 'Freedonia')).toBe(false);
    expect(genericDoers(ctx, 'the leaders of Freedonia')).toBe(false);
  });
});

describe('event-purpose reader', () => {
  it('supports the purpose when the deed was done at the event', async () => {
    for (const claim of ["The Founders Gala was held to launch the canal pipeline's construction.", "The gala was held for the launch of the canal pipeline's construction."]) {
      const r = await check(claim);
      expect(r.verdict, claim).toBe('SUPPORTED');
      expect(r.explanation).toContain('what an event was held for is what was done at it');
    }
  });
  it('does not decide a purpose the graph does not tie to the event', async () => {
    const r = await check('The Founders Gala was held to sign a deal with Marsovia.').catch(() => undefined);
    expect(r?.verdict).not.toBe('SUPPORTED');
  });
});

describe('going somewhere for a deed', () => {
  it('reads "for the <noun> of O" as the deed, and unnamed doers in the passive', () => {
    expect(readMotionPurpose("Freedonia went to the Founders Gala for the launch of the canal pipeline's construction.", ctx)?.claim).toBe("Freedonia launch the canal pipeline's construction at the Founders Gala");
    expect(readMotionPurpose('Leaders gathered at the gala to launch the canal.', ctx)?.claim).toBe('the canal was launched at the gala');
    expect(readMotionPurpose('Freedonia went to the gala for the sake of Sylvania.', ctx)).toBeUndefined();
  });
  it('supports it when the graph states the deed there', async () => {
    const r = await check("Leaders gathered at the Founders Gala for the launch of the canal pipeline's construction.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.notes?.join(' ')).toContain('as the deed done there');
  });
});
