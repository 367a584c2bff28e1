// A first rank said of a list read as the list's places together (src/check/collective-rank.ts,
// round 37, precision37): "A and B are the largest shareholders" says they hold the first two
// places, not that each holds the first. Fixture graph, fictional entities.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the fixture plus the ranks: Freedonia is the League's largest shareholder, Sylvania its second,
// Marsovia its third; Freedonia is the largest economy in Ruritania (the fixture's own claim)
const { check } = checkFixture([
  fixtureClaim({ id: 'p37.rank1', s: 'cgr:freedonia', p: 'cg:shareholderOf', o: 'cgr:league', sentence: 's020', more: 'cg:rank "1"^^xsd:positiveInteger' }),
  fixtureClaim({ id: 'p37.rank2', s: 'cgr:sylvania', p: 'cg:shareholderOf', o: 'cgr:league', sentence: 's020', more: 'cg:rank "2"^^xsd:positiveInteger' }),
  fixtureClaim({ id: 'p37.rank3', s: 'cgr:marsovia', p: 'cg:shareholderOf', o: 'cgr:league', sentence: 's020', more: 'cg:rank "3"^^xsd:positiveInteger' }),
].join('\n'));

describe('a first rank said of a list', () => {
  it('holds when the members hold the first places together (each the first was refuted by the second)', async () => {
    const r = await check("Freedonia and Sylvania are the League's largest shareholders.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('first 2 places together');
    expect((await check("Freedonia, Sylvania and Marsovia are the largest shareholders of the League.")).verdict).toBe('SUPPORTED');
  });

  it('fails when a member holds a later place than the list is long', async () => {
    expect((await check("Sylvania and Marsovia are the League's largest shareholders.")).verdict).toBe('REFUTED');
    // one member alone is read as before
    expect((await check("Sylvania is the League's largest shareholder.")).verdict).toBe('REFUTED');
    expect((await check("Freedonia is the League's largest shareholder.")).verdict).toBe('SUPPORTED');
  });

  it('holds a relation that is itself the first place when the list has its holder (the other places are not known)', async () => {
    expect((await check('Freedonia and Sylvania are the largest Ruritanian economies.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Sylvania and Marsovia are the largest Ruritanian economies.')).verdict).toBe('REFUTED');
  });
});
