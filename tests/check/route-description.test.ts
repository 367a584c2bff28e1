// A thing named by where it runs (src/check/route-description.ts, round 24): "the pipeline from
// A to B" is the one pipeline the graph says runs from A to B, or nothing.
import { describe, expect, it } from 'vitest';
import { routeRewrite } from '../../src/check/route-description.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const claim = (id: string, s: string, p: string, o: string): string => fixtureClaim({ id, s: `cgr:${s}`, p: `cg:${p}`, o: `cgr:${o}`, asserted: true });
const PIPE = `
cgr:ms-pipeline a cg:GasPipeline ; rdfs:label "Marsovia-Sylvania pipeline" .
${claim('ms-pipeline.runsFrom.marsovia', 'ms-pipeline', 'runsFrom', 'marsovia')}
${claim('ms-pipeline.runsTo.sylvania', 'ms-pipeline', 'runsTo', 'sylvania')}
${claim('ms-pipeline.crosses.freedonia', 'ms-pipeline', 'crosses', 'freedonia')}
`;
const { ctx, check } = checkFixture(PIPE);

describe('the pipeline from A to B', () => {
  it('is the one pipeline the graph runs from A to B, by its name', () => {
    expect(routeRewrite(ctx, 'The pipeline from Marsovia to Sylvania crosses Freedonia')).toBe('Marsovia-Sylvania pipeline crosses Freedonia');
    expect(routeRewrite(ctx, 'The gas line from Marsovia to Sylvania crosses Freedonia')).toBe('Marsovia-Sylvania pipeline crosses Freedonia');
  });
  it('names nothing when no pipeline runs that way, or the noun is no class noun', () => {
    expect(routeRewrite(ctx, 'The pipeline from Sylvania to Marsovia crosses Freedonia')).toBeUndefined();
    expect(routeRewrite(ctx, 'The pipeline from Marsovia to Grand Fenwick crosses Freedonia')).toBeUndefined();
    expect(routeRewrite(ctx, 'The road from Marsovia to Sylvania crosses Freedonia')).toBeUndefined();
  });
  it('names nothing when two pipelines run that way', () => {
    const two = checkFixture(`${PIPE}
cgr:ms-pipeline-2 a cg:GasPipeline ; rdfs:label "second Marsovia-Sylvania pipeline" .
${claim('ms-pipeline-2.runsFrom.marsovia', 'ms-pipeline-2', 'runsFrom', 'marsovia')}
${claim('ms-pipeline-2.runsTo.sylvania', 'ms-pipeline-2', 'runsTo', 'sylvania')}
`);
    expect(routeRewrite(two.ctx, 'The pipeline from Marsovia to Sylvania crosses Freedonia')).toBeUndefined();
  });
  it('is checked as that pipeline', async () => {
    expect((await check('The pipeline from Marsovia to Sylvania crosses Freedonia.')).verdict).toBe('SUPPORTED');
  });
});

describe('a refutation of the one pipeline the graph names', () => {
  it('is shown, undecided: another pipeline between the two places is not excluded', async () => {
    const { check: c } = checkFixture(`${PIPE}
${fixtureClaim({ id: 'ms-pipeline.crosses.grand-fenwick.neg', s: 'cgr:ms-pipeline', p: 'cg:crosses', o: 'cgr:grand-fenwick', polarity: 'Negative' })}
`);
    const r = await c('The pipeline from Marsovia to Sylvania crosses Grand Fenwick.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toMatch(/refuted of that one/);
  });
});
