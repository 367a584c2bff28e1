// What a facility is built for (src/check/design-purpose.ts), read as what it will do.
import { describe, expect, it } from 'vitest';
import { designPurposeRewrite, readDesignPurpose } from '../../src/check/design-purpose.js';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

const { ctx, check } = checkFixture(`
cgc:t.canal.runsFrom.marsovia a cg:Claim ; rdf:subject cgr:canal ; rdf:predicate cg:runsFrom ; rdf:object cgr:marsovia ;
  cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; prov:wasDerivedFrom <${FIXTURE_ARTICLE}/sentence/s008> .
`);

describe('designPurposeRewrite', () => {
  it('says the purpose of a facility as what it will do', () => {
    expect(designPurposeRewrite(ctx, 'The canal pipeline is meant to carry gas from Marsovia.')).toBe('The canal pipeline will carry gas from Marsovia.');
    expect(designPurposeRewrite(ctx, 'The canal pipeline is being built to carry gas from Marsovia')).toBe('The canal pipeline will carry gas from Marsovia.');
  });
  it('reads "is there to" as what the facility is for (round 41)', () => {
    expect(designPurposeRewrite(ctx, 'The canal pipeline is there to carry gas from Marsovia.')).toBe('The canal pipeline will carry gas from Marsovia.');
    expect(designPurposeRewrite(ctx, 'Freedonia is there to help Sylvania.')).toBeUndefined();
  });
  it('leaves a state, a denial and a place after "to" alone', () => {
    expect(designPurposeRewrite(ctx, 'Freedonia is meant to join the League.')).toBeUndefined();
    expect(designPurposeRewrite(ctx, 'The canal pipeline is not meant to carry gas from Marsovia.')).toBeUndefined();
    expect(designPurposeRewrite(ctx, 'The canal pipeline was built to the sea.')).toBeUndefined();
  });
});

describe('design-purpose reader', () => {
  it('decides the claim as the facility doing it', async () => {
    const out = await readDesignPurpose({ ctx, text: 'The canal pipeline is intended to draw gas from Marsovia.', recheck: (c) => check(c).catch(() => undefined) });
    const r = out && 'decided' in out ? out.decided : undefined;
    expect(r?.verdict).toBe('SUPPORTED');
    expect(r?.claim).toBe('The canal pipeline is intended to draw gas from Marsovia.');
    expect(r?.explanation).toMatch(/what a facility is built for/);
  });
});
