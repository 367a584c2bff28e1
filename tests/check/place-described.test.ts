// A subject described by its place (src/check/place-described.ts, round 32): "the bank in Zenda",
// "the Zenda lender", "the Gala City bank's ...": the one bank the graph places there, by a
// relation of place or (for "in" and a bare place name) by a stated deed done there; several that
// fit hold the claim; a name and its noun are no description.
import { describe, expect, it } from 'vitest';
import { readPlaceDescribed } from '../../src/check/place-described.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const { ctx, check } = checkFixture(`
cgr:zenda a cg:City ; rdfs:label "Zenda" .
cgr:gala-city a cg:City ; rdfs:label "Gala City" .
cgr:league-bank a cg:MultilateralBank ; rdfs:label "League Bank" .
cgr:tarsk-bank a cg:MultilateralBank ; rdfs:label "Tarsk Bank" .
${fixtureClaim({ id: 'acme-bank.headquarteredIn.zenda', s: 'cgr:acme-bank', p: 'cg:headquarteredIn', o: 'cgr:zenda', sentence: 's005', asserted: true })}
${fixtureClaim({ id: 'league-bank.openedOn.x', s: 'cgr:league-bank', p: 'cg:openedOn', o: '"2016-01-16"^^xsd:date', sentence: 's006', more: 'cg:location cgr:gala-city' })}
${fixtureClaim({ id: 'league-bank.ledBy.sylvania', s: 'cgr:league-bank', p: 'cg:ledBy', o: 'cgr:sylvania', sentence: 's006', asserted: true })}
`);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('readPlaceDescribed', () => {
  it('finds the noun\'s class, the place and the rest, after the noun or before it', () => {
    const a = readPlaceDescribed(ctx, 'The bank in Zenda is led by Freedonia.');
    expect(a?.cls).toBe('https://w3id.org/claimgraph/ontology#MultilateralBank');
    expect(a?.place.label).toBe('Zenda');
    expect(a?.main).toBe('is led by Freedonia');
    expect(readPlaceDescribed(ctx, "The Zenda lender's president is Rufus Firefly")?.main).toBe("'s president is Rufus Firefly");
    expect(readPlaceDescribed(ctx, 'The Zenda-based bank is led by Freedonia')?.based).toBe(true);
  });

  it('reads no name, no modifier it does not weigh, and no noun no class names', () => {
    expect(readPlaceDescribed(ctx, 'Acme Bank is led by Freedonia.')).toBeUndefined();
    expect(readPlaceDescribed(ctx, 'The new bank in Zenda is led by Freedonia.')).toBeUndefined();
    expect(readPlaceDescribed(ctx, 'The gala in Zenda was held in May.')).toBeUndefined();
  });
});

describe('place-described subjects', () => {
  it('reads the bank the graph places there, by a relation of place', async () => {
    const r = await check('The Zenda bank is a member of the League.');
    expect(r.explanation).toMatch(/"the Zenda bank" read as Acme Development Bank: the graph places it there/);
    expect(await verdict('The Zenda lender is led by Freedonia.')).toBe('SUPPORTED');
  });

  it('reads a bare place name by a deed done there when no relation of place fits, but not "-based"', async () => {
    expect(await verdict('The Gala City bank opened on 17 January 2016.')).toBe('REFUTED');
    expect(await verdict('The Gala City bank opened on 16 January 2016.')).toBe('SUPPORTED');
    expect(await verdict('The Gala City-based bank opened on 16 January 2016.')).not.toBe('SUPPORTED');
  });

  it('leaves a place nothing of the kind is in unread', async () => {
    expect(await verdict('The Marsovia bank is a member of the League.')).toBe('UNREAD');
  });

  it('holds a description several fit, naming them', async () => {
    const { check: check2 } = checkFixture(`
cgr:zenda a cg:City ; rdfs:label "Zenda" .
cgr:league-bank a cg:MultilateralBank ; rdfs:label "League Bank" .
${fixtureClaim({ id: 'acme-bank.headquarteredIn.zenda', s: 'cgr:acme-bank', p: 'cg:headquarteredIn', o: 'cgr:zenda', sentence: 's005', asserted: true })}
${fixtureClaim({ id: 'league-bank.headquarteredIn.zenda', s: 'cgr:league-bank', p: 'cg:headquarteredIn', o: 'cgr:zenda', sentence: 's006', asserted: true })}
`);
    const r = await check2('The Zenda bank is a member of the League.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toMatch(/fits 2 .*Acme Development Bank, League Bank/);
  });
});
