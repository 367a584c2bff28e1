// Readings that drop the words naming a narrower property (src/check/narrower-readings.ts):
// round 15's trust fix, on the fixture graph.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { parseClaim } from '../../src/check/parser.js';
import { withoutBroaderReadings } from '../../src/check/narrower-readings.js';
import { NS } from '../../src/check/context.js';

// the fixture: "Freedonia is a member of the League" (memberOf only, no founding membership)
const { check, ctx } = checkFixture();

describe('a reading through a broader property does not stand in for a narrower one', () => {
  it('leaves "founding member" undecided when the graph has only membership', async () => {
    const pos = await check('Freedonia is a founding member of the League.');
    expect(pos.verdict).toBe('NOT_ENOUGH_INFO');
    expect(pos.interpretation.predicateName).toBe('foundingMemberOf');
    // "not a founding member" never denies membership (OWL sub-property)
    expect((await check('Freedonia is not a founding member of the League.')).verdict).toBe('NOT_ENOUGH_INFO');
  });

  it('still decides the broader claim, and the narrower one from a broader denial', async () => {
    expect((await check('Freedonia is a member of the League.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia is not a member of the League.')).verdict).toBe('REFUTED');
    expect((await check('Sylvania is a founding member of the League.')).verdict).toBe('REFUTED');
  });

  it('drops only a later reading with the same participants through a super-property', () => {
    const { readings } = parseClaim(ctx, 'Freedonia is a founding member of the League.');
    const names = (rs: typeof readings): string[] => rs.map((r) => r.interpretation.predicateName);
    expect(names(readings)).toContain('foundingMemberOf');
    expect(names(readings)).not.toContain('memberOf');
    const member = parseClaim(ctx, 'Freedonia is a member of the League.').readings;
    expect(names(withoutBroaderReadings(ctx, member))).toEqual(names(member));
  });

  it('keeps the broader reading when the narrower one needs no more words (one phrase, two properties)', () => {
    const [founding] = parseClaim(ctx, 'Freedonia is a founding member of the League.').readings;
    const narrow = founding!;
    const broad = { ...narrow, interpretation: { ...narrow.interpretation, predicate: `${NS.cg}memberOf`, predicateName: 'memberOf' } };
    expect(withoutBroaderReadings(ctx, [narrow, { ...broad, literals: narrow.literals }])).toHaveLength(2);
    expect(withoutBroaderReadings(ctx, [narrow, { ...broad, literals: narrow.literals - 1 }])).toHaveLength(1);
    // another subject is another claim, whatever its property
    const other = { ...broad, literals: 0, interpretation: { ...broad.interpretation, subject: { kind: 'entity' as const, iri: `${NS.cgr}sylvania`, label: 'Sylvania' } } };
    expect(withoutBroaderReadings(ctx, [narrow, other])).toHaveLength(2);
  });
});
