// A thing named by what the graph says of it (src/check/described-thing.ts): "a pipeline linked
// to the gala" is the one pipeline the graph links to it; an indefinite phrase decides only a
// support or a refuted denial.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const claim = (id: string, s: string, p: string, o: string): string =>
  fixtureClaim({ id, s: `cgr:${s}`, p: `cg:${p}`, o: `cgr:${o}`, sentence: 's013', more: 'cg:statedIn cga:fixture-article' });
const { check } = checkFixture(`
cgr:acme-works a cg:Company ; rdfs:label "Acme Works" .
cgr:other-pipe a cg:Pipeline ; rdfs:label "Marsovia pipe" .
${claim('canal.linkedTo.gala', 'canal', 'linkedTo', 'gala')}
${claim('acme.involvedIn.canal', 'acme-works', 'involvedIn', 'canal')}
`);

describe('a thing described by a participle clause', () => {
  it('is the one entity of its class the graph describes so', async () => {
    const r = await check('Acme Works is involved in a pipeline linked to the gala.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.notes?.join(' ')).toContain('Freedonia canal pipeline');
    expect((await check('Acme Works is involved in the pipeline linked to the gala.')).verdict).toBe('SUPPORTED');
    expect((await check('Acme Works is not involved in a pipeline linked to the gala.')).verdict).toBe('REFUTED');
  });

  it('decides nothing when no entity, or the wrong one, fits the description', async () => {
    await expect(check('Acme Works is involved in a pipeline linked to Marsovia.')).rejects.toThrow(/could not read/);
  });
});
