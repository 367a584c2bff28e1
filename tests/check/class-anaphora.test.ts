// A class noun after "the" pointing back to the one thing of its class named before it
// (src/check/class-anaphora.ts); round 33 (desc33): "the line" for a gas pipeline (lexicon cg:classNoun).
import { describe, expect, it } from 'vitest';
import { classAnaphoraRewrite } from '../../src/check/class-anaphora.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx } = checkFixture(`
cgr:zenda-line a cg:GasPipeline ; rdfs:label "Zenda gas pipeline" ; skos:altLabel "ZGP" .
cgr:strelsau-line a cg:GasPipeline ; rdfs:label "Strelsau gas pipeline" .
`);

describe('class-anaphora: "the line" for the one gas pipeline named before it', () => {
  it('reads "the line" as the pipeline the claim named', () => {
    expect(classAnaphoraRewrite(ctx, 'ZGP will carry gas, and the line will run 900 kilometres.')?.claim)
      .toBe('ZGP will carry gas, and ZGP will run 900 kilometres.');
  });
  it('reads nothing when two pipelines or none were named before it', () => {
    expect(classAnaphoraRewrite(ctx, 'ZGP and the Strelsau gas pipeline carry gas, and the line will run 900 kilometres.')).toBeUndefined();
    expect(classAnaphoraRewrite(ctx, 'Freedonia exports gas, and the line will run 900 kilometres.')).toBeUndefined();
  });
});
